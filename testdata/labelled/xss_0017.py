# label: xss vulnerable CWE-79
# xss_0017: source flask, bar insert

from flask import Flask, request

app = Flask(__name__)


@app.route("/xss_0017", methods=["GET", "POST"])
def xss_0017():
    param = request.cookies.get("preference", "")
    items = [param]
    items.insert(0, "safe")
    bar = items[1]
    return f"<p>Hello {bar}</p>"  # want: T79
