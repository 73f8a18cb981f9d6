import sqlite3

DATABASE = "inventory.db"


def connect():
    return sqlite3.connect(DATABASE)


def find_by_sku(sku):
    conn = connect()
    return conn.execute("SELECT * FROM items WHERE sku = '%s'" % sku).fetchall()  # want: T89


def find_by_sku_safe(sku):
    conn = connect()
    return conn.execute("SELECT * FROM items WHERE sku = ?", (sku,)).fetchall()
