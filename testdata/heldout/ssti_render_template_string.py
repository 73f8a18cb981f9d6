# label: ssti vulnerable CWE-1336
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/page")
def page():
    title = request.args.get("title", "")
    template = "<h1>" + title + "</h1>"
    return render_template_string(template)  # want: T1336
