# label: log safe CWE-117
import logging

from flask import Flask, request

app = Flask(__name__)


@app.route("/item")
def item():
    item_id = int(request.args.get("id", "0"))
    logging.info("viewing item %d", item_id)
    return "ok"
