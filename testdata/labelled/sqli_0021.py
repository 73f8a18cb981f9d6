# label: sqli safe CWE-89
# sqli_0021: source script, bar ifexp_safe

import sqlite3
import sys


def main():
    param = sys.argv[1] if len(sys.argv) > 1 else ""
    num = 106
    bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    sql = "SELECT * FROM users WHERE name = '" + bar + "'"
    cur.execute(sql)
    rows = cur.fetchall()
    return 0


if __name__ == "__main__":
    main()
