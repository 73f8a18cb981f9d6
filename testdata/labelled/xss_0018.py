# label: xss vulnerable CWE-79
# xss_0018: source flask, bar insert

from flask import Flask, request
from flask import make_response

app = Flask(__name__)


@app.route("/xss_0018", methods=["GET", "POST"])
def xss_0018():
    param = ""
    for name in request.headers.keys():
        if name.lower() in ("host", "accept", "user-agent", "cookie"):
            continue
        param = name
        break
    items = [param]
    items.insert(0, "safe")
    bar = items[1]
    resp = make_response("<div class=\"note\">" + bar + "</div>")  # want: T79
    return resp
