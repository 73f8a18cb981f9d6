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

if sys.argv[1] == "clean":
    print("cleaning")
os.system("rm -rf " + sys.argv[1])  # want: T78


def dispatch():
    if sys.argv[2] == "fast":
        print("fast mode")
    os.system("run --mode " + sys.argv[2])  # want: T78


def only_known():
    if sys.argv[3] != "fast":
        return
    os.system("run --mode " + sys.argv[3])
