import os


def run_command(cmd):
    os.system("echo " + cmd)  # want: T78


def ping():
    os.system("echo ping")
