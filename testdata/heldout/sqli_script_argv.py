# label: sqli vulnerable CWE-89
import sqlite3
import sys


def main():
    table = sys.argv[1]
    conn = sqlite3.connect("data.db")
    for row in conn.execute("SELECT count(*) FROM {}".format(table)):  # want: T89
        print(row)


if __name__ == "__main__":
    main()
