# A command-line entry whose dispatch checks the argument count: len(argv)
# says nothing about the arguments' text.
import os
import sys


def build(target):
    os.system("make " + target)  # want: T78


def run_all():
    for path in sys.argv[2:]:
        with open(path) as f:  # want: T22
            print(f.read())


if len(sys.argv) == 2 and sys.argv[1] == "help":
    print("usage: runner build TARGET | runner all FILE...")
elif len(sys.argv) > 2 and sys.argv[1] == "build":
    build(sys.argv[2])
elif len(sys.argv) > 1 and sys.argv[1] == "all":
    run_all()
elif str(sys.argv[1]) == "version":
    os.system("echo " + sys.argv[1])
