import pickle  # want: B403
import subprocess  # want: B404


def run(cmd, blob):
    subprocess.call(cmd, shell=True)  # want: B602
    data = pickle.loads(blob)  # want: B301
    return eval(data)  # want: B307


def check(x):
    assert x > 0  # want: B101
