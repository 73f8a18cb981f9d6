# label: sqli safe CWE-89
# sqli_0024: source script, bar list_pop_safe

import os
import pymysql
import sys


def main():
    param = sys.stdin.readline().strip()
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[1]
    conn = pymysql.connect(host="db", user="app", password=os.environ["DB_PASS"], database="shop")
    with conn.cursor() as cur:
        cur.execute("SELECT * FROM products WHERE category = '%s'" % bar)
    return 0


if __name__ == "__main__":
    main()
