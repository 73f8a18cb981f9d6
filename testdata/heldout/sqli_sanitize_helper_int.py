# label: sqli safe CWE-89
import psycopg2
from flask import Flask, request

app = Flask(__name__)


def as_page(value):
    try:
        return max(1, int(value))
    except ValueError:
        return 1


@app.route("/posts")
def posts():
    page = as_page(request.args.get("page"))
    conn = psycopg2.connect("dbname=blog")
    cur = conn.cursor()
    cur.execute("SELECT * FROM posts ORDER BY id LIMIT 20 OFFSET %s" % ((page - 1) * 20))
    return {"rows": cur.fetchall()}
