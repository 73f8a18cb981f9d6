import os

from flask import Flask, make_response, request
from flask_cors import CORS, cross_origin
from flask_wtf.csrf import CSRFProtect
from werkzeug.debug import DebuggedApplication

app = Flask(__name__)
app.secret_key = "s3cr3t-value-for-dev"  # want: K202, B105
app.config["DEBUG"] = True  # want: K201
app.config.update(SESSION_COOKIE_SECURE=False, SESSION_COOKIE_SAMESITE="None")  # want: K204, K206
app.config["SESSION_COOKIE_HTTPONLY"] = False  # want: K205
app.config["REMEMBER_COOKIE_SECURE"] = False  # want: K204
app.config["WTF_CSRF_ENABLED"] = False  # want: K208
app.jinja_env.autoescape = False  # want: K210
CORS(app, supports_credentials=True)  # want: K207
csrf = CSRFProtect(app)


@app.route("/set")
def set_cookie_view():
    resp = make_response("ok")
    resp.set_cookie("sid", request.args["v"])  # want: K204, K205
    resp.set_cookie("sid2", "x", secure=True, httponly=True, samesite="Lax")
    resp.set_cookie("sid3", "x", secure=False, httponly=True)  # want: K204
    resp.set_cookie("sid4", "x", secure=True, httponly=True, samesite="None")  # want: K206
    resp.set_cookie("gone", "", expires=0)
    resp.set_cookie("opts", "x", **COOKIE_OPTIONS)
    return resp


@csrf.exempt  # want: K209
@app.route("/hook", methods=["POST"])
def hook():
    return "ok"


@app.route("/api")
@cross_origin(origins="*", supports_credentials=True)  # want: K207
def api():
    return "{}"


wsgi = DebuggedApplication(app, evalex=True)  # want: K201

if __name__ == "__main__":
    app.run(use_debugger=True)  # want: K201


from itsdangerous import URLSafeTimedSerializer

reset_tokens = URLSafeTimedSerializer("password-reset-key")  # want: K202


def positional(resp):
    resp.set_cookie("a", "v", None, None, "/", None, False, True)  # want: K204
    resp.set_cookie("b", "v", None, None, "/", None, True, False)  # want: K205
    resp.set_cookie("c", "v", None, None, "/", None, True, True, "None")  # want: K206
    resp.set_cookie("d", "v", None, None, "/", None, True, True, "Lax")
