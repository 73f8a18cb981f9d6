# label: xss vulnerable CWE-79
from flask import Flask, render_template_string, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/comment")
def comment():
    body = request.args.get("body", "")
    return render_template_string("<div>{{ c }}</div>", c=Markup(body))  # want: T79
