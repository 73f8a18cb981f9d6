import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/arith")
def arith():
    param = request.args["p"]
    num = 86
    if 7 * 42 - num > 200:
        bar = "This_should_always_happen"
    else:
        bar = param
    os.system(bar)
    if 7 * 18 + num > 150:
        bar2 = param
    else:
        bar2 = "never"
    os.system(bar2)  # want: T78
    return "ok"


@app.route("/ternary")
def ternary():
    param = request.args["p"]
    num = 196
    bar = "safe" if (500 / 42) + num > 200 else param
    os.system(bar)
    return "ok"


@app.route("/switch")
def switch():
    param = request.args["p"]
    possible = "ABC"
    guess = possible[1]
    match guess:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case "C" | "D":
            bar = param
        case _:
            bar = "bob"
    os.system(bar)
    guess2 = possible[0]
    match guess2:
        case "A":
            bar2 = param
        case _:
            bar2 = "bob"
    os.system(bar2)  # want: T78
    return "ok"


@app.route("/deadflag")
def dead_flag():
    param = request.args["p"]
    debug = False
    cmd = "ls"
    if debug:
        cmd = param
    os.system(cmd)
    return "ok"


@app.route("/first-iteration")
def first_iteration():
    param = request.args["p"]
    for v in ["safe", param]:
        bar = v
        break
    os.system(bar)
    for v in [param, "safe"]:
        bar = v
        break
    os.system(bar)  # want: T78
    out = "ls"
    for v in ["a", param]:
        if v == "a":
            continue
        out = v
    os.system(out)  # want: T78
    last = "ls"
    for v in [param, "safe"]:
        last = v
    os.system(last)
    return "ok"


@app.route("/folded-calls")
def folded_calls():
    param = request.args["p"]
    values = ["safe", "other", param]
    os.system(values[len(values) - 2])
    os.system(values[len(values) - 1])  # want: T78
    os.system("safe" if "abc".startswith("a") else param)
    os.system("safe" if "abc".startswith("b") else param)  # want: T78
    os.system("safe" if "123".isdigit() else param)
    return "ok"
