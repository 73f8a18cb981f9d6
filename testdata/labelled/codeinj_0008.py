# label: codeinj safe CWE-94
# codeinj_0008: source flask, bar inherit_override

from flask import Flask, request

app = Flask(__name__)


class Base:
    def clean(self, value):
        return value


class Child(Base):
    def clean(self, value):
        return "cleaned"


@app.route("/codeinj_0008/<name>")
def codeinj_0008(name):
    param = name
    bar = Child().clean(param)
    result = eval(bar)
    return "ok"
