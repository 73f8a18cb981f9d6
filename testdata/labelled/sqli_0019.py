# label: sqli safe CWE-89
# sqli_0019: source script, bar list_pop_safe

import os
import sqlite3


def main():
    param = os.environ.get("APP_VALUE", "")
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[1]
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    sql = "SELECT * FROM users WHERE name = '" + bar + "'"
    cur.execute(sql)
    rows = cur.fetchall()
    return 0


if __name__ == "__main__":
    main()
