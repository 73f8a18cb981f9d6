import os
import pickle
import sys
import subprocess
import shlex


def recurse(items, depth):
    if depth == 0:
        return items[0]
    return recurse(items, depth - 1)


def sanitize(value):
    return shlex.quote(value)


def main():
    target = sys.argv[1]
    os.system("ls " + target)  # want: T78
    os.system("ls " + sanitize(target))
    home = os.environ.get("HOME_DIR", "/tmp")
    subprocess.run("cd " + home, shell=True)  # the environment is not an opt-in threat by default
    code = input("expr: ")
    eval(code)  # want: T94
    data = sys.stdin.buffer.read()
    pickle.loads(data)  # want: T502
    os.system(recurse([sys.argv[3], "x"], 3))  # want: T78
    os.system(recurse(["ls", "x"], 3))
    with open(sys.argv[2]) as f:  # want: T22
        content = f.read()
    os.system(content)


def exceptions():
    param = sys.argv[1]
    try:
        raise ValueError(param)
    except ValueError as e:
        os.system("echo " + str(e))  # want: T78
    try:
        raise ValueError("bad value")
    except ValueError as e:
        os.system("echo " + str(e))


if __name__ == "__main__":
    main()
