# label: xss safe CWE-79
# xss_0019: source flask, bar list_pop_safe

from flask import Flask, request

app = Flask(__name__)


@app.route("/xss_0019", methods=["GET", "POST"])
def xss_0019():
    param = request.args.get("name", "")
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[1]
    return f"<p>Hello {bar}</p>"
