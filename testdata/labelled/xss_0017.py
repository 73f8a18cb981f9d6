# label: xss vulnerable CWE-79
# xss_0017: source flask, bar del_index

from flask import Flask, request

app = Flask(__name__)


@app.route("/xss_0017", methods=["GET", "POST"])
def xss_0017():
    param = request.cookies.get("preference", "")
    items = ["safe", param]
    del items[0]
    bar = items[0]
    return f"<p>Hello {bar}</p>"  # want: T79
