# label: sqli vulnerable CWE-89
# hand-written: a FastAPI body model's string field formatted into SQL
import sqlite3

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Order(BaseModel):
    customer: str
    quantity: int


@app.post("/orders")
def create_order(order: Order):
    conn = sqlite3.connect("shop.db")
    conn.execute(f"INSERT INTO orders (customer, quantity) VALUES ('{order.customer}', {order.quantity})")  # want: T89
    conn.commit()
    return {"status": "created"}
