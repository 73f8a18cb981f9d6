import os

import bottle
from bottle import SimpleTemplate, request, response

bottle.debug(True)  # want: K201
bottle.debug(False)
app = bottle.Bottle()


@app.route("/")
def index():
    response.set_cookie("account", "alice", secret="cookie-signing-key")  # want: K202, K204, K205, B106
    response.set_cookie("account", "alice", secret=os.environ["COOKIE_KEY"], secure=True, httponly=True)
    name = request.get_cookie("account", secret="cookie-signing-key")  # want: K202, B106
    return SimpleTemplate("{{name}}", noescape=True).render(name=name)  # want: K210


app.run(host="localhost", debug=True)  # want: K201
