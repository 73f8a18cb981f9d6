# Cookie and debug flags passed through a name bound once to a constant
# read as that constant; names bound more than once, or to computed
# values, stay unknown.
import os

from flask import Flask, make_response

app = Flask(__name__)
COOKIE_SECURE = False


@app.route("/a")
def a():
    sec = False
    resp = make_response("ok")
    resp.set_cookie("sid", "v", secure=sec, httponly=True)  # want: K204
    return resp


@app.route("/b")
def b():
    resp = make_response("ok")
    resp.set_cookie("sid", "v", secure=COOKIE_SECURE, httponly=True)  # want: K204
    return resp


@app.route("/c")
def c():
    same = "None"
    resp = make_response("ok")
    resp.set_cookie("sid", "v", secure=True, httponly=True, samesite=same)  # want: K206
    return resp


@app.route("/d")
def d(sec=False):
    resp = make_response("ok")
    resp.set_cookie("sid", "v", secure=sec, httponly=True)
    return resp


@app.route("/e")
def e():
    sec = False
    if os.environ.get("HTTPS"):
        sec = True
    resp = make_response("ok")
    resp.set_cookie("sid", "v", secure=sec, httponly=True)
    return resp


@app.route("/f")
def f():
    sec = os.environ.get("HTTPS") == "1"
    resp = make_response("ok")
    resp.set_cookie("sid", "v", secure=sec, httponly=True)
    return resp


if __name__ == "__main__":
    debugger = True
    app.run(use_debugger=debugger)  # want: K201
