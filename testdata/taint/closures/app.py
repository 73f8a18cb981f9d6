import functools
import os
import subprocess
from flask import Flask, request

app = Flask(__name__)


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper


@logged
def run_cmd(cmd):
    subprocess.call(cmd, shell=True)  # want: T78


def forward(*args, **kwargs):
    return run_cmd(*args, **kwargs)


def make_runner(prefix):
    def runner(arg):
        os.system(prefix + arg)  # want: T78
    return runner


def gen_lines(text):
    for line in text.splitlines():
        yield line.strip()


@app.route("/decorated")
def decorated():
    run_cmd("ls " + request.args["d"])
    return "ok"


@app.route("/forward")
def forwarded():
    forward(request.args["f"])
    return "ok"


@app.route("/closure")
def closure():
    user = request.args["u"]

    def inner():
        os.system("finger " + user)  # want: T78

    inner()
    runner = make_runner("echo ")
    runner(request.args["r"])
    return "ok"


@app.route("/closure-safe")
def closure_safe():
    user = "root"

    def inner():
        os.system("finger " + user)

    inner()
    return "ok"


@app.route("/generator")
def generator():
    for line in gen_lines(request.get_data(as_text=True)):
        os.system(line)  # want: T78
    for line in gen_lines("ls\npwd"):
        os.system(line)
    return "ok"


@app.route("/lambda")
def lam():
    wrap = lambda s: "echo " + s
    os.system(wrap(request.args["l"]))  # want: T78
    os.system(wrap("fixed"))
    return "ok"


def pick_second(*args):
    return args[1]


def pick_other(**kwargs):
    return kwargs["other"]


@app.route("/varargs-index")
def varargs_index():
    os.system("echo " + pick_second("safe", request.args["v"]))  # want: T78
    os.system("echo " + pick_second(request.args["v"], "safe"))
    return "ok"


@app.route("/kwargs-key")
def kwargs_key():
    os.system("echo " + pick_other(value="safe", other=request.args["k"]))  # want: T78
    os.system("echo " + pick_other(value=request.args["k"], other="safe"))
    return "ok"


def cmd_of(cfg):
    return cfg["cmd"]


def first_of(items):
    return items[0]


@app.route("/param-keys")
def param_keys():
    cfg = {"cmd": "uptime", "user": request.args["u"]}
    os.system(cmd_of(cfg))
    os.system(first_of(["ls", request.args["u"]]))
    os.system(cmd_of({"cmd": request.args["c"]}))  # want: T78
    os.system(first_of([request.args["u"], "ls"]))  # want: T78
    os.system(first_of(request.args["u"]))  # want: T78
    return "ok"


def run_in(prefix, arg):
    os.system(prefix + arg)  # want: T78


@app.route("/partial")
def partial_calls():
    runner = functools.partial(subprocess.run, shell=True)
    runner("echo " + request.args["p"])  # want: T78
    listed = functools.partial(subprocess.run, shell=False)
    listed(["echo", request.args["p"]])
    fixed = functools.partial(run_in, "echo ")
    fixed(request.args["p"])
    fixed("ok")
    return "ok"
