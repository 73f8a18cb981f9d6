"""Trigger deployments on a build host over SSH."""
import shlex

import paramiko
from flask import Flask, jsonify, request

app = Flask(__name__)
BUILD_HOST = "build.internal.example.com"


def client():
    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.connect(BUILD_HOST, username="deploy")
    return ssh


@app.route("/deploy", methods=["POST"])
def deploy():
    branch = request.form["branch"]
    ssh = client()
    _, out, _ = ssh.exec_command("cd /srv/app && git checkout " + branch)  # want: T78
    _, same, _ = ssh.exec_command("cd /srv/app && git checkout " + shlex.quote(branch))
    return jsonify({"out": out.read().decode(), "same": same.read().decode()})
