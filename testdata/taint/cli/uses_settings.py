import os

import settings
from settings import SAFE, TARGET


def list_target():
    os.system("ls " + TARGET)  # want: T78


def list_target_attr():
    os.system("ls " + settings.TARGET)  # want: T78


def list_safe():
    os.system("ls " + SAFE)


def list_root():
    os.system("ls " + settings.Paths.root)  # want: T78


def list_fixed():
    os.system("ls " + settings.Paths.fixed)
