# label: sqli vulnerable CWE-89
# sqli_0020: source script, bar percent

import os
import pymysql


def main():
    param = os.environ.get("APP_VALUE", "")
    bar = "%s" % param
    conn = pymysql.connect(host="db", user="app", password=os.environ["DB_PASS"], database="shop")
    with conn.cursor() as cur:
        cur.execute("SELECT * FROM products WHERE category = '%s'" % bar)  # want: T89
    return 0


if __name__ == "__main__":
    main()
