# label: sqli safe CWE-89
# hand-written: only the body model's validated integer field is formatted into SQL
import sqlite3

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Order(BaseModel):
    customer: str
    quantity: int


@app.post("/orders/{order_id}/quantity")
def update_quantity(order_id: int, order: Order):
    conn = sqlite3.connect("shop.db")
    conn.execute("UPDATE orders SET quantity = %d WHERE id = %d" % (order.quantity, order_id))
    conn.commit()
    return {"status": "updated"}
