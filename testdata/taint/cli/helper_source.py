import os
import sys


def target_from_argv():
    return sys.argv[1]


def run_target():
    # Mentions no source itself: the helper's summary brings argv here.
    os.system("ls " + target_from_argv())  # want: T78


class Settings:
    def __init__(self):
        self.target = target_from_argv()


def run_settings():
    settings = Settings()
    os.system("ls " + settings.target)  # want: T78


def run_constant():
    os.system("ls " + os.path.basename("x"))


class ArgReader:
    def first(self):
        return sys.argv[1]


def run_reader():
    # The method is called through a local: any call named like it in a
    # module that can see its class may be one.
    reader = ArgReader()
    os.system("ls " + reader.first())  # want: T78


def first_arg(argv=sys.argv):
    return argv[1]


def rest_args(args=sys.argv[1:], mode="r"):
    return args


def run_default():
    os.system("ls " + first_arg())  # want: T78
    os.system("ls " + rest_args()[0])  # want: T78
    os.system("ls " + first_arg(["prog", "docs"]))
