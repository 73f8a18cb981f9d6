# label: cmdi safe CWE-78
import subprocess

from flask import Flask, request

app = Flask(__name__)
COMMANDS = {"uptime": "uptime", "disk": "df -h"}


@app.route("/stat")
def stat():
    key = request.args.get("what", "uptime")
    cmd = COMMANDS.get(key, "uptime")
    return subprocess.check_output(cmd, shell=True)
