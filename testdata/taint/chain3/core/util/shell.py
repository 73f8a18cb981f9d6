import subprocess


def execute(command):
    return subprocess.check_output(command, shell=True)  # want: T78
