# label: xss vulnerable CWE-79
# xss_0017: source flask, bar kwargs

from flask import Flask, request

app = Flask(__name__)


def build(**kwargs):
    return kwargs["value"]


@app.route("/xss_0017", methods=["GET", "POST"])
def xss_0017():
    param = request.cookies.get("preference", "")
    bar = build(value=param)
    return f"<p>Hello {bar}</p>"  # want: T79
