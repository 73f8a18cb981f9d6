# label: ssti safe CWE-1336
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/page")
def page():
    title = request.args.get("title", "")
    return render_template_string("<h1>{{ title }}</h1>", title=title)
