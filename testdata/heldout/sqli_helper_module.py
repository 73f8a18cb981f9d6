# label: sqli vulnerable CWE-89
import sqlite3

from flask import Flask, request

app = Flask(__name__)


class OrderRepo:
    def __init__(self, path):
        self.conn = sqlite3.connect(path)

    def by_status(self, status):
        query = "SELECT * FROM orders WHERE status = '" + status + "'"
        return self.conn.execute(query).fetchall()  # want: T89


@app.route("/orders")
def orders():
    repo = OrderRepo("shop.db")
    return {"orders": repo.by_status(request.args["status"])}
