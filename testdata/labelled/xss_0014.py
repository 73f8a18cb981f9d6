# label: xss vulnerable CWE-79
# xss_0014: source flask, bar inherit

from flask import Flask, request
from flask import Response

app = Flask(__name__)


class Base:
    def clean(self, value):
        return value


class Child(Base):
    label = "child"


@app.route("/xss_0014", methods=["GET", "POST"])
def xss_0014():
    param = request.args.get("name", "")
    bar = Child().clean(param)
    return Response("<ul><li>" + bar + "</li></ul>", mimetype="text/html")  # want: T79
