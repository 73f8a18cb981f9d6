from Cheetah.Template import Template as CheetahTemplate
from chameleon import PageTemplate
from flask import Flask, request

app = Flask(__name__)
CARD = PageTemplate("<div>${name}</div>")


@app.route("/cheetah")
def cheetah():
    source = request.args.get("tpl", "Hello $name")
    return str(CheetahTemplate(source, searchList=[{"name": "guest"}]))  # want: T1336


@app.route("/chameleon")
def chameleon_page():
    body = request.args.get("tpl", "<p>${name}</p>")
    page = PageTemplate(body)  # want: T1336
    return page(name="guest")


@app.route("/chameleon/safe")
def chameleon_safe():
    return CARD(name=request.args.get("name", "guest"))
