"""A lending library on MySQL, with the three common drivers."""
import MySQLdb
import mysql.connector
import pymysql
from flask import Flask, jsonify, request

app = Flask(__name__)


def connector():
    return mysql.connector.connect(host="db", user="library", database="library")


@app.route("/books")
def books():
    title = request.args.get("title", "")
    conn = connector()
    cur = conn.cursor()
    cur.execute("SELECT id FROM books WHERE title = '%s'" % title)  # want: T89
    cur.execute("SELECT id FROM books WHERE title = %s", (title,))
    return jsonify(cur.fetchall())


@app.route("/procedures/<name>")
def procedure(name):
    conn = connector()
    cur = conn.cursor()
    cur.callproc(name, (1,))  # want: T89
    return jsonify(cur.fetchall())


@app.route("/members")
def members():
    city = request.args.get("city", "")
    db = MySQLdb.connect(host="db", user="library", db="library")
    cur = db.cursor()
    cur.execute(f"SELECT name FROM members WHERE city = '{city}'")  # want: T89
    cur.execute("SELECT name FROM members WHERE city = '%s'" % db.escape_string(city))
    return jsonify(cur.fetchall())


@app.route("/loans", methods=["POST"])
def loans():
    member = request.form["member"]
    conn = pymysql.connect(host="db", user="library", database="library")
    with conn.cursor() as cur:
        cur.execute("SELECT book_id FROM loans WHERE member = " + member)  # want: T89
        cur.execute("SELECT book_id FROM loans WHERE member = %(m)s", {"m": member})
        rows = cur.fetchall()
    conn.query("DELETE FROM loans WHERE member = '" + member + "'")  # want: T89
    return jsonify(rows)
