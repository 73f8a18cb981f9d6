# label: sqli safe CWE-89
# sqli_0022: source script, bar ifstmt_safe

import sqlite3


def main():
    param = input("value: ")
    num = 196
    if (7 * 42) - num > 200:
        bar = param
    else:
        bar = "This_should_always_happen"
    conn = sqlite3.connect("app.db")
    rows = conn.execute(f"SELECT id FROM orders WHERE status = '{bar}'").fetchall()
    return 0


if __name__ == "__main__":
    main()
