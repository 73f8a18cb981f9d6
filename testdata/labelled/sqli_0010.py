# label: sqli vulnerable CWE-89
# sqli_0010: source script, bar replace

import os
import pymysql
import sys


def main():
    param = sys.argv[1] if len(sys.argv) > 1 else ""
    bar = param.replace("\t", " ")
    conn = pymysql.connect(host="db", user="app", password=os.environ["DB_PASS"], database="shop")
    with conn.cursor() as cur:
        cur.execute("SELECT * FROM products WHERE category = '%s'" % bar)  # want: T89
    return 0


if __name__ == "__main__":
    main()
