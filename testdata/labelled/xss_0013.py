# label: xss vulnerable CWE-79
# xss_0013: source flask, bar inherit

from flask import Flask, request

app = Flask(__name__)


class Base:
    def clean(self, value):
        return value


class Child(Base):
    label = "child"


@app.route("/xss_0013", methods=["GET", "POST"])
def xss_0013():
    param = request.form.get("comment", "")
    bar = Child().clean(param)
    return f"<p>Hello {bar}</p>"  # want: T79
