# label: xss vulnerable CWE-79
# xss_0017: source flask, bar dict_update

from flask import Flask, request

app = Flask(__name__)


@app.route("/xss_0017", methods=["GET", "POST"])
def xss_0017():
    param = request.cookies.get("preference", "")
    values = {"keyA": "a-Value"}
    values.update({"keyB": param})
    bar = values["keyB"]
    return f"<p>Hello {bar}</p>"  # want: T79
