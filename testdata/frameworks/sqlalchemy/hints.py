"""Optimizer hints are rendered into the statement as written."""
from flask import Flask, request
from sqlalchemy import create_engine, select, table, column

app = Flask(__name__)
engine = create_engine("sqlite:///shop.db")
orders = table("orders", column("id"), column("total"))


@app.route("/orders")
def list_orders():
    hint = request.args.get("hint", "")
    stmt = select(orders).with_hint(orders, "USE INDEX (%s)" % hint)  # want: T89
    fixed = select(orders).with_hint(orders, "USE INDEX (ix_orders_total)")
    with engine.connect() as conn:
        rows = conn.execute(fixed).fetchall()
    return {"n": len(rows), "sql": str(stmt)}
