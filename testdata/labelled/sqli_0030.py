# label: sqli safe CWE-89
# sqli_0030: source script, bar intcast

import sqlite3
import sys


def main():
    param = sys.argv[1] if len(sys.argv) > 1 else ""
    bar = str(int(param))
    conn = sqlite3.connect("app.db")
    rows = conn.execute(f"SELECT id FROM orders WHERE status = '{bar}'").fetchall()
    return 0


if __name__ == "__main__":
    main()
