import pickle
import subprocess


def f(x, blob):
    assert x  # want: B101
    subprocess.call(x, shell=True)  # want: B602
    return pickle.loads(blob)
