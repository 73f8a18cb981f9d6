from flask import Flask, request
from mako.lookup import TemplateLookup
from mako.template import Template

app = Flask(__name__)
lookup = TemplateLookup(directories=["templates"], default_filters=["h"])


@app.route("/note")
def note():
    return Template("<p>" + request.args.get("text", "") + "</p>").render()  # want: T1336


@app.route("/note/safe")
def note_safe():
    return lookup.get_template("note.mako").render(text=request.args.get("text", ""))
