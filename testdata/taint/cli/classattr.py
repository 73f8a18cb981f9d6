import os
import sys


class Config:
    target = sys.argv[1]
    fixed = "/srv"


def run():
    # Mentions no source: the class body stored argv in Config.target.
    os.system("ls " + Config.target)  # want: T78


def run_fixed():
    os.system("ls " + Config.fixed)
