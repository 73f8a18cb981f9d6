"""Dynamic evaluation and import of request data."""
import ast
import code
import cProfile
import importlib
import importlib.util
import pdb
import runpy
import timeit

from flask import Flask, request

app = Flask(__name__)


@app.route("/calc", methods=["POST"])
def calc():
    expr = request.form["expr"]
    result = eval(expr)  # want: T94
    value = ast.literal_eval(expr)
    exec("total = " + expr)  # want: T94
    exec(compile(expr, "<calc>", "exec"))  # want: T94
    exec(compile("x = 1", "<const>", "exec"))
    return "ok" if value or result else "none"


@app.route("/plugin")
def plugin():
    name = request.args.get("name", "")
    importlib.import_module(name)  # want: T94
    importlib.import_module("json")
    __import__(name)  # want: T94
    runpy.run_module(name)  # want: T94
    runpy.run_path(name)  # want: T94
    spec = importlib.util.spec_from_file_location("plugin", name)  # want: T94
    spec = importlib.util.spec_from_file_location("plugin", "/srv/plugins/fixed.py")
    return "loaded" if spec else "none"


@app.route("/console", methods=["POST"])
def console():
    src = request.get_data(as_text=True)
    interp = code.InteractiveInterpreter()
    interp.runsource(src)  # want: T94
    interp.runcode(src)  # want: T94
    interp.runsource("print(1)")
    shell = code.InteractiveConsole()
    shell.push(src)  # want: T94
    timeit.timeit(src, number=1)  # want: T94
    timeit.timeit("pass", number=1)
    cProfile.run(src)  # want: T94
    cProfile.runctx(src, {}, {})  # want: T94
    pdb.run(src)  # want: T94
    pdb.runctx(src, {}, {})  # want: T94
    return "done"


@app.route("/native")
def native():
    import configparser
    import ctypes
    import importlib.machinery
    import trace

    lib = request.args.get("lib", "")
    ctypes.CDLL(lib)  # want: T94
    ctypes.cdll.LoadLibrary("libc.so.6")
    loader = importlib.machinery.SourceFileLoader("plugin", "/srv/plugins/" + lib)  # want: T94
    tracer = trace.Trace(count=False)
    tracer.run(lib)  # want: T94
    cfg = configparser.ConfigParser()
    cfg.read("/etc/app/" + lib)  # want: T22
    return "ok" if loader else "none"
