# label: xss vulnerable CWE-79
# xss_0004: source flask, bar list_pop

from flask import Flask, request

app = Flask(__name__)


@app.route("/xss_0004", methods=["GET", "POST"])
def xss_0004():
    param = request.args.get("name", "")
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[0]
    return f"<p>Hello {bar}</p>"  # want: T79
