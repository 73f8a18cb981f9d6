import os
import re
from urllib.parse import urlparse
from flask import Flask, abort, redirect, request, send_file

app = Flask(__name__)
ALLOWED = {"alpha", "beta"}
HOSTS = ("example.com", "www.example.com")
NAME_RE = re.compile(r"[a-z]+")


@app.route("/dots")
def dots():
    p = request.args["p"]
    if ".." in p or p.startswith("/"):
        return "bad"
    return send_file(os.path.join("/srv/files", p))


@app.route("/dots-isabs")
def dots_isabs():
    p = request.args["p"]
    if os.path.isabs(p):
        abort(400)
    if ".." in p:
        abort(400)
    return send_file(os.path.join("/srv/files", p))


@app.route("/dots-only")
def dots_only():
    # An absolute p ("/etc/passwd") makes os.path.join drop the base.
    p = request.args["p"]
    if ".." in p:
        return "bad"
    return send_file(os.path.join("/srv/files", p))  # want: T22


@app.route("/absolute-only")
def absolute_only():
    p = request.args["p"]
    if p.startswith(("/", "\\")):
        return "bad"
    return send_file(os.path.join("/srv/files", p))  # want: T22


@app.route("/dots-kept")
def dots_kept():
    p = request.args["p"]
    if ".." in p:
        print("suspicious")
    return send_file(os.path.join("/srv/files", p))  # want: T22


@app.route("/alnum")
def alnum():
    p = request.args["p"]
    if not p.isalnum():
        abort(400)
    os.system("echo " + p)
    return "ok"


@app.route("/alnum-wrong")
def alnum_wrong():
    p = request.args["p"]
    if p.isalnum():
        abort(400)
    os.system("echo " + p)  # want: T78
    return "ok"


@app.route("/allowed")
def allowed():
    p = request.args["p"]
    if p not in ALLOWED:
        raise ValueError(p)
    os.system("echo " + p)
    return "ok"


@app.route("/allowed-literal")
def allowed_literal():
    p = request.args["p"]
    if p in ("a", "b", "c"):
        os.system("echo " + p)
    os.system("echo " + p)  # want: T78
    return "ok"


@app.route("/fullmatch")
def fullmatch():
    p = request.args["p"]
    if not re.fullmatch(r"[a-z]+", p):
        return "bad"
    os.system("echo " + p)
    q = request.args["q"]
    if not NAME_RE.fullmatch(q):
        return "bad"
    os.system("echo " + q)
    r = request.args["r"]
    if not re.match(r"[a-z]+", r):
        return "bad"
    os.system("echo " + r)  # want: T78
    return "ok"


def is_name(s):
    return bool(NAME_RE.fullmatch(s))


@app.route("/match-none")
def match_none():
    p = request.args["p"]
    if NAME_RE.fullmatch(p) is None:
        return "bad"
    os.system("echo " + p)
    q = request.args["q"]
    if not is_name(q):
        return "bad"
    os.system("echo " + q)
    r = request.args["r"]
    if NAME_RE.fullmatch(r) is not None:
        return "bad"
    os.system("echo " + r)  # want: T78
    return "ok"


@app.route("/redirect")
def redir():
    u = request.args["next"]
    if urlparse(u).netloc not in HOSTS:
        return redirect("/")
    return redirect(u)


@app.route("/redirect-bad")
def redir_bad():
    u = request.args["next"]
    return redirect(u)  # want: T601


@app.route("/isinstance")
def isinst():
    data = request.get_json()
    n = data["n"]
    if not isinstance(n, int):
        abort(400)
    os.system("sleep %s" % n)
    return "ok"


@app.route("/loopguard")
def loop_guard():
    for name in request.args.getlist("n"):
        if not name.isidentifier():
            continue
        os.system("echo " + name)
    for name in request.args.getlist("m"):
        if name == "stop":
            break
        os.system("echo " + name)  # want: T78
    return "ok"


@app.route("/equal")
def equal():
    mode = request.args["mode"]
    if mode == "fast":
        os.system("run --mode " + mode)
    return "ok"


@app.route("/realpath")
def realpath():
    p = os.path.realpath(os.path.join("/srv", request.args["p"]))
    if not p.startswith("/srv/"):
        abort(403)
    return send_file(p)


def is_safe_name(name):
    """Only letters and digits."""
    return name.isalnum() and len(name) < 64


def in_allowed(value):
    return value in ALLOWED


@app.route("/custom-validator")
def custom_validator():
    p = request.args["p"]
    if not is_safe_name(p):
        abort(400)
    os.system("echo " + p)
    q = request.args["q"]
    if in_allowed(q):
        os.system("echo " + q)
    os.system("echo " + q)  # want: T78
    return "ok"


@app.route("/commonpath")
def commonpath():
    base = "/srv/files"
    p = os.path.realpath(os.path.join(base, request.args["p"]))
    if os.path.commonpath([base, p]) != base:
        abort(403)
    q = os.path.join(base, request.args["q"])
    if os.path.commonpath([base, q]) != base:
        abort(403)
    send_file(q)  # want: T22
    return send_file(p)


@app.route("/go-relative")
def go_relative():
    target = request.args["next"]
    if urlparse(target).netloc:
        target = "/"
    return redirect(target)


@app.route("/go-parsed")
def go_parsed():
    target = request.args["next"]
    parsed = urlparse(target)
    if parsed.netloc or parsed.scheme:
        abort(400)
    return redirect(target)


@app.route("/go-host")
def go_host():
    target = request.args["next"]
    host = urlparse(target).netloc
    if host and host != "example.com":
        target = "/"
    return redirect(target)


@app.route("/go-scheme-only")
def go_scheme_only():
    target = request.args["next"]
    parsed = urlparse(target)
    if parsed.scheme:
        abort(400)
    return redirect(target)  # want: T601


@app.route("/go-host-unused")
def go_host_unused():
    target = request.args["next"]
    host = urlparse(target).netloc
    if host or target.endswith("/"):
        pass
    return redirect(target)  # want: T601


@app.route("/go-reparsed")
def go_reparsed():
    target = request.args["next"]
    parsed = urlparse(target)
    parsed = urlparse("/home")
    if parsed.netloc:
        abort(400)
    return redirect(target)  # want: T601


@app.route("/signed", methods=["POST"])
def signed():
    import hashlib
    import hmac
    import pickle

    blob = request.get_data()
    sig = request.headers["X-Signature"]
    if not hmac.compare_digest(sig, hmac.new(b"server-key", blob, hashlib.sha256).hexdigest()):
        abort(403)
    return {"loaded": bool(pickle.loads(blob))}


@app.route("/signed-var", methods=["POST"])
def signed_var():
    import hashlib
    import hmac
    import pickle

    blob = request.get_data()
    expected = hmac.new(b"server-key", blob, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(request.headers["X-Signature"], expected):
        abort(403)
    return {"loaded": bool(pickle.loads(blob))}


@app.route("/signed-wrong", methods=["POST"])
def signed_wrong():
    import hashlib
    import hmac
    import pickle

    blob = request.get_data()
    other = request.args["other"]
    sig = request.headers["X-Signature"]
    if not hmac.compare_digest(sig, hmac.new(b"server-key", other.encode(), hashlib.sha256).hexdigest()):
        abort(403)
    return {"loaded": bool(pickle.loads(blob))}  # want: T502


@app.route("/go-rebound-by-with")
def go_rebound_by_with():
    import contextlib

    target = request.args["next"]
    parsed = urlparse(target)
    with contextlib.nullcontext(urlparse("/home")) as parsed:
        pass
    if parsed.netloc:
        abort(400)
    return redirect(target)  # want: T601
