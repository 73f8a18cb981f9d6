import subprocess  # want: B404


def f(x):
    assert x
    subprocess.call(x, shell=True)  # want: B602
