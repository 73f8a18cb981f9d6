# label: sqli safe CWE-89
# hand-written: mysql.connector with a bound parameter
import mysql.connector
from flask import Flask, request

app = Flask(__name__)


def get_connection():
    return mysql.connector.connect(host="localhost", user="app", password="", database="shop")


@app.route("/user")
def show_user():
    username = request.args.get("username")
    cursor = get_connection().cursor()
    cursor.execute("SELECT * FROM users WHERE username = %s", (username,))
    return str(cursor.fetchone())
