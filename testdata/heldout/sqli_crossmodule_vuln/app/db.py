import sqlite3


def find_products(name):
    conn = sqlite3.connect("shop.db")
    return conn.execute("SELECT * FROM products WHERE name LIKE '%" + name + "%'").fetchall()  # want: T89
