# label: sqli safe CWE-89
# sqli_0038: source script, bar listappend

import os
import pymysql
import sys


def main():
    param = sys.argv[1] if len(sys.argv) > 1 else ""
    items = ["safe"]
    items.append(param)
    bar = items[-1]
    conn = pymysql.connect(host="db", user="app", password=os.environ["DB_PASS"], database="shop")
    with conn.cursor() as cur:
        cur.execute("SELECT * FROM products WHERE category = %s", (bar,))
    return 0


if __name__ == "__main__":
    main()
