# label: xss safe CWE-79
# xss_0041: source flask, bar list_pop

from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/xss_0041", methods=["GET", "POST"])
def xss_0041():
    param = request.args.get("name", "")
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[0]
    return "<p>" + escape(bar) + "</p>"
