"""A web console driving interactive programs with pexpect."""
import pexpect
from flask import Flask, request

app = Flask(__name__)


@app.route("/session")
def session_start():
    tool = request.args.get("tool", "")
    child = pexpect.spawn("/usr/bin/" + tool)  # want: T78
    child.expect(">")
    fixed = pexpect.spawn("/usr/bin/sqlite3", ["/srv/app.db"])
    fixed.expect(">")
    return "started"


@app.route("/run")
def run_once():
    host = request.args.get("host", "")
    out = pexpect.run("ping -c 1 " + host)  # want: T78
    pexpect.run("uptime")
    return {"ok": bool(out)}
