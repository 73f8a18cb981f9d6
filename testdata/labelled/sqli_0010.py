# label: sqli vulnerable CWE-89
# sqli_0010: source script, bar replace

import sqlite3
import sys


def main():
    param = sys.argv[1] if len(sys.argv) > 1 else ""
    bar = param.replace("\t", " ")
    conn = sqlite3.connect("app.db")
    rows = conn.execute(f"SELECT id FROM orders WHERE status = '{bar}'").fetchall()  # want: T89
    return 0


if __name__ == "__main__":
    main()
