# label: xss safe CWE-79
# xss_0047: source flask, bar unpack

from flask import Flask, request
from flask import Response

app = Flask(__name__)


@app.route("/xss_0047", methods=["GET", "POST"])
def xss_0047():
    param = request.cookies.get("preference", "")
    first, bar = "safe", param
    return Response("Saved: " + bar, mimetype="text/plain")
