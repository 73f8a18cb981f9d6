# label: xss safe CWE-79
# xss_0044: source flask, bar first_word

from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/xss_0044", methods=["GET", "POST"])
def xss_0044():
    param = request.args.get("name", "")
    bar = param.split(" ")[0]
    return "<p>" + escape(bar) + "</p>"
