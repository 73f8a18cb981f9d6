import sqlite3

DB_PATH = "bench.db"


def create_connection():
    return sqlite3.connect(DB_PATH)
