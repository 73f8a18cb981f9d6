from flask import Flask, request

from .. import build_query
from ..helpers import run, safe_int
from pkg.helpers import run as run_abs

app = Flask(__name__)


@app.route("/a")
def a():
    q = build_query(request.args["name"])
    run(q)
    return "ok"


@app.route("/b")
def b():
    run_abs("SELECT * FROM t WHERE id = %d" % safe_int(request.args["id"]))
    return "ok"


@app.route("/c")
def c():
    from pkg import clean_name as cn
    run(build_query(cn(request.args["n"])))
    return "ok"
