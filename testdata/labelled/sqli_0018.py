# label: sqli vulnerable CWE-89
# sqli_0018: source script, bar selfattr

import sqlite3
import sys


class Holder:
    def __init__(self, value):
        self.value = value
        self.kind = "plain"

    def get(self):
        return self.value


def main():
    param = sys.argv[1] if len(sys.argv) > 1 else ""
    holder = Holder(param)
    bar = holder.get()
    conn = sqlite3.connect("app.db")
    rows = conn.execute(f"SELECT id FROM orders WHERE status = '{bar}'").fetchall()  # want: T89
    return 0


if __name__ == "__main__":
    main()
