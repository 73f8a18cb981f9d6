# label: xss safe CWE-79
# xss_0047: source flask, bar loop

from flask import Flask, request
from flask import Response

app = Flask(__name__)


@app.route("/xss_0047", methods=["GET", "POST"])
def xss_0047():
    param = request.cookies.get("preference", "")
    bar = ""
    for ch in param:
        bar += ch
    return Response("Saved: " + bar, mimetype="text/plain")
