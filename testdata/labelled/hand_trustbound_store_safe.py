# label: trustbound safe CWE-501
# hand-written: the session keeps a server-side lookup result, not the request text
from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = __import__("os").environ["SECRET_KEY"]
PLANS = {"basic": 1, "pro": 2}


@app.route("/plan")
def choose_plan():
    plan = request.form.get("plan", "basic")
    session["plan_id"] = PLANS.get(plan, 1)
    return "ok"
