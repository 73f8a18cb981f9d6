# label: xss safe CWE-79
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/echo")
def echo():
    return jsonify({"value": request.args.get("v", "")})
