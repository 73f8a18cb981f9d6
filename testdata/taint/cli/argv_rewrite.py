import os
import sys


def reset_argv():
    # Writing to sys.argv (or deleting from it) leaves the sys module a
    # module: what its functions return does not carry argv's data.
    sys.argv[:] = [""]
    kind, value, tb = sys.exc_info()
    os.system(value)
    del sys.argv[1:]
    os.system(sys.getdefaultencoding())


def still_argv():
    sys.argv[:] = sys.argv[1:]
    os.system(sys.argv[0])  # want: T78
