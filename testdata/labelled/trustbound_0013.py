# label: trustbound safe CWE-501
# trustbound_0013: source flask, bar fstring

from flask import Flask, request
from flask import session

app = Flask(__name__)


@app.route("/trustbound_0013", methods=["GET", "POST"])
def trustbound_0013():
    param = request.form.get("comment", "")
    bar = f"{param}"
    session["user_ref"] = "guest"
    app.logger.info("visit from %s", bar.isalnum())
    return "ok"
