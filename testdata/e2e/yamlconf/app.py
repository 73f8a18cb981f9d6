import subprocess


def f(x):
    assert x
    subprocess.call(x, shell=True)  # want: B602
