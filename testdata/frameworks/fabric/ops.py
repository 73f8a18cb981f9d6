"""Operations endpoints that shell out through Fabric."""
import shlex

from fabric import Connection
from flask import Flask, jsonify, request

app = Flask(__name__)
conn = Connection("ops.internal.example.com", user="ops")


@app.route("/logs")
def logs():
    service = request.args.get("service", "web")
    result = conn.run("journalctl -u " + service + " -n 50", hide=True)  # want: T78
    same = conn.run("journalctl -u " + shlex.quote(service) + " -n 50", hide=True)
    return jsonify({"out": result.stdout, "same": same.stdout})
