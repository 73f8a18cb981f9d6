import os
import subprocess


def run(cmd):
    os.system(cmd)  # want: T78


def run_twice(first, second):
    subprocess.call(first, shell=True)  # want: T78
    subprocess.call(second, shell=True)  # want: T78


def wrap(value):
    return "[" + value + "]"


def wrap_other(value):
    return "<" + value + ">"


class Box:
    def __init__(self, value):
        self.alpha = value
        self.beta = value.strip()
        self.gamma = value.lower()
        self.delta = value.upper()

    def render(self):
        return str(self)
