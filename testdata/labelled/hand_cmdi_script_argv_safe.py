# label: cmdi safe CWE-78
# hand-written: the same tool with an argument vector and no shell
import subprocess
import sys


def main():
    target = sys.argv[1]
    subprocess.call(["tar", "czf", "/tmp/backup.tgz", "--", target])


if __name__ == "__main__":
    main()
