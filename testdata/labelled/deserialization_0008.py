# label: deserialization vulnerable CWE-502
# deserialization_0008: source flask, bar inherit

import jsonpickle
from flask import Flask, request

app = Flask(__name__)


class Base:
    def clean(self, value):
        return value


class Child(Base):
    label = "child"


@app.route("/deserialization_0008/<name>")
def deserialization_0008(name):
    param = name
    bar = Child().clean(param)
    obj = jsonpickle.decode(bar)  # want: T502
    return "ok"
