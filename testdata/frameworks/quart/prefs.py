"""Quart session writes through update() and setdefault()."""
from quart import Quart, request, session

app = Quart(__name__)


@app.route("/prefs", methods=["POST"])
async def prefs():
    form = await request.form
    session.update(theme=form["theme"])  # want: T501
    session.setdefault("lang", form["lang"])  # want: T501
    session.update(visits=1)
    return "saved"
