# label: redirect safe CWE-601
# redirect_0011: source flask, bar dictset_safe

from flask import Flask, request
from flask import redirect

app = Flask(__name__)


@app.route("/redirect_0011", methods=["GET", "POST"])
def redirect_0011():
    param = request.form.get("comment", "")
    values = {}
    values["keyB"] = param
    values["keyA"] = "a-Value"
    bar = values.get("keyA")
    return redirect(bar)
