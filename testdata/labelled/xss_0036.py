# label: xss safe CWE-79
# xss_0036: source flask, bar func_const_cond

from flask import Flask, request
from flask import Response

app = Flask(__name__)


def choose(value):
    num = 106
    return "This_should_always_happen" if (7 * 18) + num > 200 else value


@app.route("/xss_0036", methods=["GET", "POST"])
def xss_0036():
    param = request.args.get("name", "")
    bar = choose(param)
    return Response("<ul><li>" + bar + "</li></ul>", mimetype="text/html")
