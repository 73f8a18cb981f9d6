import base64
import codecs
import configparser
import os
import subprocess

from flask import request

import helpers.db
import helpers.utils


def init(app):

    @app.route("/bench/sqli-00", methods=["GET"])
    def sqli_00_get():
        return sqli_00_post()

    @app.route("/bench/sqli-00", methods=["POST"])
    def sqli_00_post():
        RESPONSE = ""
        param = request.args.get("sqli00")
        if not param:
            param = ""
        tmp = base64.b64encode(param.encode("utf-8"))
        bar = base64.b64decode(tmp).decode("utf-8")
        sql = f"SELECT * FROM USERS WHERE USERNAME='{bar}'"
        con = helpers.db.create_connection()
        cur = con.cursor()
        cur.execute(sql)  # want: T89
        RESPONSE += "done"
        return RESPONSE

    @app.route("/bench/sqli-01", methods=["POST"])
    def sqli_01_post():
        param = request.form.get("sqli01", "")
        conf = configparser.ConfigParser()
        conf.add_section("section_a")
        conf.set("section_a", "keyA", "a_Value")
        conf.set("section_a", "keyB", param)
        bar = conf.get("section_a", "keyA")
        con = helpers.db.create_connection()
        con.execute("SELECT * FROM USERS WHERE USERNAME='" + bar + "'")
        bar2 = conf.get("section_a", "keyB")
        con.execute("SELECT * FROM USERS WHERE USERNAME='" + bar2 + "'")  # want: T89
        return "ok"

    @app.route("/bench/xss-00", methods=["GET"])
    def xss_00_get():
        RESPONSE = ""
        param = request.headers.get("X-Bench", "")
        bar = codecs.decode(codecs.encode(param, "rot13"), "rot13")
        RESPONSE += f"Formatted like: {bar}"
        return RESPONSE  # want: T79

    @app.route("/bench/xss-01", methods=["GET"])
    def xss_01_get():
        RESPONSE = ""
        param = request.cookies.get("bench", "")
        RESPONSE += "Parameter value: " + helpers.utils.escape_for_html(param)
        return RESPONSE

    @app.route("/bench/cmdi-00", methods=["POST"])
    def cmdi_00_post():
        param = request.values.get("c", "")
        argList = []
        if os.name == "nt":
            argList.append("cmd.exe")
            argList.append("/c")
        else:
            argList.append("sh")
            argList.append("-c")
        argList.append(f"echo {param}")
        subprocess.run(argList)  # want: T78
        safeList = ["echo", param]
        subprocess.run(safeList)
        return "ok"
