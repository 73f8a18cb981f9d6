# label: pathtraver vulnerable CWE-22
# hand-written: an interactive script deleting the file the user names
import os

BASE = "/var/app/cache"


def main():
    name = input("file to delete: ")
    os.remove(os.path.join(BASE, name))  # want: T22


if __name__ == "__main__":
    main()
