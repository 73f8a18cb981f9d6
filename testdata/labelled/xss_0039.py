# label: xss safe CWE-79
# xss_0039: source flask, bar percent

from flask import Flask, request
from flask import render_template_string

app = Flask(__name__)


@app.route("/xss_0039", methods=["GET", "POST"])
def xss_0039():
    param = request.cookies.get("preference", "")
    bar = "%s" % param
    return render_template_string("<p>Hello {{ name }}</p>", name=bar)
