import bleach
import markdown
from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)
ALLOWED_TAGS = ["b", "i", "a", "p"]


@app.route("/comment", methods=["POST"])
def comment():
    body = request.form["body"]
    return Markup(bleach.clean(body, tags=ALLOWED_TAGS))


@app.route("/comment/markdown", methods=["POST"])
def comment_markdown():
    body = request.form["body"]
    return Markup(markdown.markdown(body))  # want: T79
