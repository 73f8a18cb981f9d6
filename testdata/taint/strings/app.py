import re
import os
import sqlite3
from flask import Flask, request

app = Flask(__name__)


def db():
    return sqlite3.connect("x.db")


@app.route("/fmt")
def formats():
    p = request.args["p"]
    cur = db().cursor()
    cur.execute(f"SELECT * FROM t WHERE a = '{p}'")  # want: T89
    cur.execute("SELECT * FROM t WHERE a = '%s'" % p)  # want: T89
    cur.execute("SELECT * FROM t WHERE a = '{}'".format(p))  # want: T89
    cur.execute("SELECT * FROM t WHERE a = '{x}'".format(x=p))  # want: T89
    cur.execute("".join(["SELECT * FROM t WHERE a = '", p, "'"]))  # want: T89
    cur.execute(("SELECT * FROM t WHERE a = '" + p)[0:200])  # want: T89
    cur.execute("SELECT * FROM t WHERE a = '%s'" % p.strip().lower())  # want: T89
    q = "SELECT * FROM t WHERE a = "
    q += p
    cur.execute(q)  # want: T89
    cur.execute(f"SELECT * FROM t WHERE a = {len(p)}")
    cur.execute("SELECT * FROM t WHERE a = ?", [p])
    return "ok"


@app.route("/bytes")
def bytes_building():
    p = request.get_data()
    cmd = b"echo " + p
    os.system(cmd.decode("utf-8"))  # want: T78
    return "ok"


@app.route("/split")
def split_and_join():
    p = request.args["p"]
    parts = p.split(",")
    os.system(parts[0])  # want: T78
    os.system(",".join(sorted(parts)))  # want: T78
    return "ok"


@app.route("/numeric")
def numeric_formats():
    p = request.args["p"]
    cur = db().cursor()
    cur.execute("SELECT * FROM t WHERE id = %d" % p)
    cur.execute("SELECT * FROM t WHERE id = %d AND name = '%s'" % (p, "x"))
    cur.execute("SELECT * FROM t WHERE id = %d AND name = '%s'" % (1, p))  # want: T89
    cur.execute(f"SELECT * FROM t WHERE id = {p:d}")
    cur.execute(f"SELECT * FROM t WHERE id = {p:>10}")  # want: T89
    cur.execute("SELECT * FROM t WHERE id = %(id)d" % {"id": p})
    return "ok"


@app.route("/regex-sub")
def regex_sub():
    p = request.args["p"]
    os.system("nslookup %s" % re.sub(r"[^A-Za-z0-9]", "", p))
    os.system("nslookup %s" % re.sub(r"[^\w.-]+", "_", p))
    os.system("nslookup %s" % re.sub(r"[^A-Za-z0-9 ]", "", p))  # want: T78
    os.system("nslookup %s" % re.sub(r"[;|&]", "", p))  # want: T78
    os.system("nslookup %s" % re.sub(r"[^A-Za-z0-9]", "", p, count=1))  # want: T78
    os.system("nslookup %s" % re.sub(r"[^a-z]", ";", p))  # want: T78
    word = re.compile(r"[^a-z0-9]+")
    os.system("nslookup %s" % word.sub("", p))
    open("/srv/" + re.sub(r"[^\w.-]", "", p))  # want: T22
    open("/srv/" + re.sub(r"[^\w-]", "", p))
    return "ok"


@app.route("/url-quote")
def url_quote():
    import urllib.parse
    from urllib.parse import quote_plus, urlencode

    p = request.args["p"]
    os.system("curl http://h/?q=" + urllib.parse.quote(p))
    os.system("curl http://h/?q=" + quote_plus(p))
    os.system("curl http://h/?" + urlencode({"q": p}))
    os.system("curl http://h/?q=" + urllib.parse.quote(p, safe="/;"))  # want: T78
    os.system("curl http://h/?q=" + urllib.parse.unquote(p))  # want: T78
    open("/srv/" + urllib.parse.quote(p))  # want: T22
    open("/srv/" + urllib.parse.quote(p, safe=""))  # want: T22
    return "ok"


@app.route("/log-escaped")
def log_escaped():
    import logging

    c = request.args["c"]
    logging.getLogger("shop").info("coupon %s", c.encode("unicode_escape").decode("ascii"))
    return "ok"


@app.route("/log-utf8")
def log_utf8():
    import logging

    c = request.args["c"]
    logging.getLogger("shop").info("coupon %s", c.encode("utf-8").decode("ascii"))  # want: T117
    return "ok"
