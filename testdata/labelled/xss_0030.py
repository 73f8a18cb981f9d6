# label: xss safe CWE-79
# xss_0030: source flask, bar del_index_safe

from flask import Flask, request
from flask import make_response

app = Flask(__name__)


@app.route("/xss_0030", methods=["GET", "POST"])
def xss_0030():
    param = ""
    for name in request.headers.keys():
        if name.lower() in ("host", "accept", "user-agent", "cookie"):
            continue
        param = name
        break
    items = [param, "safe"]
    del items[0]
    bar = items[0]
    resp = make_response("<div class=\"note\">" + bar + "</div>")
    return resp
