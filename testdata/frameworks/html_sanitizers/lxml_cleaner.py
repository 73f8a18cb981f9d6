"""User comments rendered as HTML after cleaning with lxml's cleaner."""
from flask import Flask, request
from lxml.html.clean import Cleaner, clean_html

app = Flask(__name__)
cleaner = Cleaner(scripts=True, javascript=True, style=True)


@app.route("/preview", methods=["POST"])
def preview():
    body = request.form.get("body", "")
    if request.args.get("strict"):
        return cleaner.clean_html(body)
    if request.args.get("clean"):
        return clean_html(body)
    return "<div>%s</div>" % body  # want: T79
