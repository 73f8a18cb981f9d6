# label: xss safe CWE-79
# xss_0025: source flask, bar intcast

from flask import Flask, request

app = Flask(__name__)


@app.route("/xss_0025", methods=["GET", "POST"])
def xss_0025():
    param = request.args.get("name", "")
    bar = str(int(param))
    return f"<p>Hello {bar}</p>"
