# label: xss vulnerable CWE-79
from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/note")
def note():
    text = request.args.get("text", "")
    return Response("<pre>" + text + "</pre>", mimetype="text/html")  # want: T79
