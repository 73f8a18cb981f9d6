# label: xss safe CWE-79
# xss_0016: source flask, bar ifexp_safe

from flask import Flask, request

app = Flask(__name__)


@app.route("/xss_0016", methods=["GET", "POST"])
def xss_0016():
    param = request.args.get("name", "")
    num = 106
    bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
    return f"<p>Hello {bar}</p>"
