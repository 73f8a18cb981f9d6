# label: xss safe CWE-79
# xss_0025: source flask, bar dictset_safe

from flask import Flask, request

app = Flask(__name__)


@app.route("/xss_0025", methods=["GET", "POST"])
def xss_0025():
    param = request.form.get("comment", "")
    values = {}
    values["keyB"] = param
    values["keyA"] = "a-Value"
    bar = values.get("keyA")
    return f"<p>Hello {bar}</p>"
