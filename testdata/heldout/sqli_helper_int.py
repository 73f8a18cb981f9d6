# label: sqli safe CWE-89
import sqlite3

from flask import Flask, request

app = Flask(__name__)


def load_order(conn, order_id):
    return conn.execute("SELECT * FROM orders WHERE id = %d" % order_id).fetchone()


@app.route("/order")
def order():
    conn = sqlite3.connect("shop.db")
    oid = int(request.args.get("id", "0"))
    return {"order": load_order(conn, oid)}
