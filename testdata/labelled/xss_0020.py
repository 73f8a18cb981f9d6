# label: xss safe CWE-79
# xss_0020: source flask, bar list_remove

from flask import Flask, request
from flask import make_response

app = Flask(__name__)


@app.route("/xss_0020", methods=["GET", "POST"])
def xss_0020():
    param = request.form.get("comment", "")
    items = [param, "safe"]
    items.remove(param)
    bar = items[0]
    resp = make_response("<div class=\"note\">" + bar + "</div>")
    return resp
