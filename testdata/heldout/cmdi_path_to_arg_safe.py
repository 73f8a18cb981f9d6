# label: cmdi safe CWE-78
import os
import sys


def main():
    # argv only picks one of two fixed commands
    verbose = len(sys.argv) > 1 and sys.argv[1] == "-v"
    os.system("ls -la /srv" if verbose else "ls /srv")


if __name__ == "__main__":
    main()
