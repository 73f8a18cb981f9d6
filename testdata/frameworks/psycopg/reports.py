"""Reporting endpoints on PostgreSQL with psycopg2 and psycopg 3."""
import psycopg
import psycopg2
from fastapi import FastAPI
from psycopg2 import sql
from psycopg2.extras import execute_values

app = FastAPI()
DSN = "dbname=reports user=reports"


@app.get("/sales")
def sales(region: str):
    conn = psycopg2.connect(DSN)
    cur = conn.cursor()
    cur.execute("SELECT total FROM sales WHERE region = '%s'" % region)  # want: T89
    cur.execute("SELECT total FROM sales WHERE region = %s", (region,))
    return cur.fetchall()


@app.get("/sales/by")
def sales_by(column: str):
    conn = psycopg2.connect(DSN)
    cur = conn.cursor()
    safe = sql.SQL("SELECT {} FROM sales").format(sql.Identifier(column))
    cur.execute(safe)
    unsafe = sql.SQL("SELECT " + column + " FROM sales")  # want: T89
    cur.execute(unsafe)
    return cur.fetchall()


@app.post("/sales/import")
def sales_import(table: str):
    conn = psycopg2.connect(DSN)
    cur = conn.cursor()
    execute_values(cur, "INSERT INTO " + table + " (region, total) VALUES %s", [("north", 1)])  # want: T89
    execute_values(cur, "INSERT INTO sales (region, total) VALUES %s", [(table, 1)])
    return {"ok": True}


@app.get("/customers")
def customers(name: str):
    with psycopg.connect(DSN) as conn:
        rows = conn.execute(f"SELECT id FROM customers WHERE name = '{name}'").fetchall()  # want: T89
        same = conn.execute("SELECT id FROM customers WHERE name = %s", (name,)).fetchall()
    return {"rows": rows, "same": same}
