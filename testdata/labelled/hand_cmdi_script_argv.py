# label: cmdi vulnerable CWE-78
# hand-written: a command-line tool passing its argument to a shell
import subprocess
import sys


def main():
    target = sys.argv[1]
    subprocess.call("tar czf /tmp/backup.tgz " + target, shell=True)  # want: T78


if __name__ == "__main__":
    main()
