# label: redirect safe CWE-601
# redirect_0011: source flask, bar intcast

from flask import Flask, request
from flask import redirect

app = Flask(__name__)


@app.route("/redirect_0011", methods=["GET", "POST"])
def redirect_0011():
    param = request.form.get("comment", "")
    bar = str(int(param))
    return redirect(bar)
