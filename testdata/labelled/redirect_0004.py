# label: redirect vulnerable CWE-601
# redirect_0004: source flask, bar inherit

from flask import Flask, request
from flask import Response

app = Flask(__name__)


class Base:
    def clean(self, value):
        return value


class Child(Base):
    label = "child"


@app.route("/redirect_0004", methods=["GET", "POST"])
def redirect_0004():
    param = request.args.get("name", "")
    bar = Child().clean(param)
    return Response(status=302, headers={"Location": bar})  # want: T601
