# label: sqli safe CWE-89
# sqli_0032: source script, bar unpack_safe

import os
import pymysql


def main():
    param = os.environ.get("APP_VALUE", "")
    bar, other = "safe", param
    conn = pymysql.connect(host="db", user="app", password=os.environ["DB_PASS"], database="shop")
    with conn.cursor() as cur:
        cur.execute("SELECT * FROM products WHERE category = '%s'" % bar)
    return 0


if __name__ == "__main__":
    main()
