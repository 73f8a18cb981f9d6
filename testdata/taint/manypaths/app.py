import os
import subprocess

from flask import Flask, request

from .helpers import Box, run, run_twice, wrap, wrap_other

app = Flask(__name__)


@app.route("/keys")
def keys():
    # One source spread over several dict keys, each by a path of the same
    # length: flattening the dict meets the same label several times.
    data = request.args["cmd"]
    box = {}
    box["a"] = data.strip()
    box["b"] = data.lower()
    box["c"] = data.upper()
    box["d"] = data.title()
    box["e"] = data.casefold()
    os.system(str(box))  # want: T78


@app.route("/attrs")
def attrs():
    b = Box(request.form["cmd"])
    os.system(repr(b))  # want: T78


@app.route("/branches")
def branches():
    data = request.args["cmd"]
    if data.startswith("a"):
        cmd = wrap(data)
    elif data.startswith("b"):
        cmd = wrap_other(data)
    else:
        cmd = data.strip()
    os.system(cmd)  # want: T78


@app.route("/callers")
def callers():
    data = request.args["cmd"]
    first = wrap(data)
    second = wrap_other(data)
    run(first)
    run(second)
    run_twice(second, first)


@app.route("/loop")
def loop():
    data = request.args["cmd"]
    parts = {"x": data, "y": data, "z": data}
    for name in ("x", "y", "z"):
        parts[name] = wrap(parts[name])
    subprocess.call(" ".join(parts.values()), shell=True)  # want: T78
    subprocess.call(["echo", "-n"] + sorted(parts), shell=False)


@app.route("/lambdas")
def lambdas():
    data = request.args["cmd"]
    pick = {"p": lambda: data.strip(), "q": lambda: data.lower()}
    os.system(pick["p"]() + pick["q"]())  # want: T78
