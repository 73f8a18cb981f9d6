# label: xss safe CWE-79
# xss_0023: source flask, bar overwrite

from flask import Flask, request

app = Flask(__name__)


@app.route("/xss_0023", methods=["GET", "POST"])
def xss_0023():
    param = request.form.get("comment", "")
    bar = param
    bar = "constant_value"
    return f"<p>Hello {bar}</p>"
