# label: xss safe CWE-79
# xss_0030: source flask, bar del_index_safe

from flask import Flask, request
from flask import Response

app = Flask(__name__)


@app.route("/xss_0030", methods=["GET", "POST"])
def xss_0030():
    param = request.args.get("name", "")
    items = [param, "safe"]
    del items[0]
    bar = items[0]
    return Response("<ul><li>" + bar + "</li></ul>", mimetype="text/html")
