# label: sqli safe CWE-89
from fastapi import FastAPI
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine("sqlite:///items.db")


@app.get("/items")
def items(category: str):
    with engine.connect() as conn:
        result = conn.execute(text("SELECT name FROM items WHERE category = :c"), {"c": category})
        return [row[0] for row in result]
