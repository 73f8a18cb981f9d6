# label: xss safe CWE-79
# xss_0031: source flask, bar alnum

from flask import Flask, request

app = Flask(__name__)


@app.route("/xss_0031", methods=["GET", "POST"])
def xss_0031():
    param = request.cookies.get("preference", "")
    if not param.isalnum():
        return "bad request", 400
    bar = param
    return f"<p>Hello {bar}</p>"
