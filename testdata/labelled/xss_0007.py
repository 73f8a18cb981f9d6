# label: xss vulnerable CWE-79
# xss_0007: source flask, bar fstring

from flask import Flask, request

app = Flask(__name__)


@app.route("/xss_0007", methods=["GET", "POST"])
def xss_0007():
    param = request.form.get("comment", "")
    bar = f"{param}"
    return f"<p>Hello {bar}</p>"  # want: T79
