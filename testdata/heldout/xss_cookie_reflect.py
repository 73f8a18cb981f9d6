# label: xss vulnerable CWE-79
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/theme")
def theme():
    theme = request.cookies.get("theme", "light")
    resp = make_response("<body class='%s'>hi</body>" % theme)  # want: T79
    return resp
