import sqlite3


def build_query(name):
    return "SELECT * FROM users WHERE name = '" + name + "'"


def clean_name(name):
    return "".join(ch for ch in name if ch.isalnum())


def safe_int(value):
    try:
        return int(value)
    except ValueError:
        return 0


def run(sql):
    conn = sqlite3.connect("app.db")
    conn.execute(sql)  # want: T89


def run_const():
    conn = sqlite3.connect("app.db")
    conn.execute("SELECT 1")
