"""Control flow: loops, exceptions, finally, with, assert, conditional expressions."""
import os
import subprocess
import sys


def run_it():
    subprocess.check_call(["true"])


def while_break():
    param = sys.argv[1]
    cmd = "ls"
    while True:
        cmd = param
        break
    os.system(cmd)  # want: T78
    safe = "ls"
    while True:
        if safe:
            break
        safe = param
    os.system(safe)


def while_else():
    param = sys.argv[1]
    n = 0
    found = "ls"
    while n < len(sys.argv):
        n += 1
    else:
        found = param
    os.system(found)  # want: T78
    stop = "ls"
    while n < 10:
        n += 1
        if n == 5:
            break
    else:
        stop = "pwd"
    os.system(stop)


def loop_carries():
    param = sys.argv[1]
    a, b, c = "x", "y", "z"
    for _ in range(3):
        # Each pass moves the value one name along: it takes three passes
        # to reach c.
        c = b
        b = a
        a = param
    os.system(c)  # want: T78
    d, e = "x", "y"
    for _ in range(3):
        e = d
        d = "z"
    os.system(e)


def continue_skips():
    param = sys.argv[1]
    last = "ls"
    for arg in sys.argv:
        if not arg.isalnum():
            continue
        last = arg
    os.system(last)
    anything = "ls"
    for arg in sys.argv:
        if arg.isalnum():
            continue
        anything = arg
    os.system(anything)  # want: T78


def exception_paths():
    param = sys.argv[1]
    cmd = "ls"
    for _ in range(3):
        try:
            cmd = "ls"
            run_it()
            cmd = param
            run_it()
        except OSError:
            os.system(cmd)  # want: T78
    other = "ls"
    try:
        run_it()
        other = "pwd"
    except OSError:
        os.system(other)


def finally_paths():
    param = sys.argv[1]
    cmd = "ls"
    try:
        cmd = param
        run_it()
        cmd = "ls"
    finally:
        # Reached with cmd = param when run_it() raises.
        os.system(cmd)  # want: T78
    done = "ls"
    try:
        run_it()
    finally:
        os.system(done)


def return_through_finally():
    param = sys.argv[1]
    cmd = "ls"
    try:
        cmd = param
        return 1
    finally:
        os.system(cmd)  # want: T78


def raised_values():
    param = sys.argv[1]
    try:
        try:
            raise ValueError(param)
        except ValueError:
            raise
    except ValueError as e:
        os.system("echo " + str(e))  # want: T78
    try:
        raise ValueError(param)
    except ValueError:
        pass
    try:
        run_it()
    except OSError as e:
        # Only run_it()'s own exception gets here, not the one handled above.
        os.system("echo " + str(e))


def with_exits():
    param = sys.argv[1]
    name = "ls"
    with open(param) as f:  # want: T22
        name = param
        f.read()
    os.system(name)  # want: T78
    with open("/etc/hosts") as g:
        g.read()
        name = "ls"
    os.system(name)


def asserted(name):
    param = sys.argv[1]
    assert param.isalnum()
    os.system("ls " + param)
    other = sys.argv[2]
    assert other
    os.system("ls " + other)  # want: T78


def ifexp_effects(flag):
    param = sys.argv[1]
    items = []
    x = items.append(param) if flag else None
    os.system(" ".join(items))  # want: T78
    kept = []
    y = kept.append("ls") if flag else None
    os.system(" ".join(kept))
    return x, y


def ifexp_guard():
    param = sys.argv[1]
    os.system(param if param.isalnum() else "ls")
    os.system("ls" if param.isalnum() else param)  # want: T78


if __name__ == "__main__":
    while_break()
    while_else()
    loop_carries()
    continue_skips()
    exception_paths()
    finally_paths()
    return_through_finally()
    raised_values()
    with_exits()
    asserted("x")
    ifexp_effects(True)
    ifexp_guard()
