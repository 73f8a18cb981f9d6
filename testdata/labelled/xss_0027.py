# label: xss safe CWE-79
# xss_0027: source flask, bar list_pop

from flask import Flask, request
from flask import render_template_string

app = Flask(__name__)


@app.route("/xss_0027", methods=["GET", "POST"])
def xss_0027():
    param = request.headers.get("X-Client-Ref", "")
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[0]
    return render_template_string("<p>Hello {{ name }}</p>", name=bar)
