# label: xss vulnerable CWE-79
from flask import Flask, request

app = Flask(__name__)


def render_card(data):
    return "<div class='card'><b>%(title)s</b></div>" % data


@app.route("/card")
def card():
    data = {"title": request.args.get("title", "")}
    return render_card(data)  # want: T79
