import os
import pathlib
import pickle

import flask
from flask import request

import helpers.utils


def init(app):

    @app.route("/bench/path-00", methods=["GET"])
    def path_00_get():
        param = request.args.get("p", "")
        fileName = os.path.join(helpers.utils.TESTFILES_DIR, param)
        with open(fileName, "rb") as fd:  # want: T22
            return "read %d bytes" % len(fd.read())

    @app.route("/bench/path-01", methods=["GET"])
    def path_01_get():
        param = request.args.get("p", "")
        p = pathlib.Path(helpers.utils.TESTFILES_DIR) / param
        return "exists" if p.read_text() else "empty"  # want: T22

    @app.route("/bench/path-02", methods=["GET"])
    def path_02_get():
        param = request.args.get("p", "")
        num = 86
        bar = "safe.txt" if 7 * 42 - num > 200 else param
        with open(os.path.join(helpers.utils.TESTFILES_DIR, bar)) as fd:
            return fd.read()

    @app.route("/bench/deser-00", methods=["POST"])
    def deser_00_post():
        data = request.get_data()
        obj = pickle.loads(data)  # want: T502
        return "loaded " + type(obj).__name__

    @app.route("/bench/redirect-00", methods=["GET"])
    def redirect_00_get():
        target = request.args.get("next", "/")
        return flask.redirect(target)  # want: T601

    @app.route("/bench/trust-00", methods=["GET"])
    def trust_00_get():
        flask.session["userid"] = request.args.get("user", "")  # want: T501
        flask.session["visits"] = 1
        return "ok"

    @app.route("/bench/code-00", methods=["POST"])
    def code_00_post():
        expr = request.form.get("expr", "")
        if expr in ("1+1", "2*3"):
            return str(eval(expr))
        return str(eval(expr))  # want: T94


def init_xml(app):
    import xml.etree.ElementTree as ET

    @app.route("/bench/xpath-00", methods=["GET"])
    def xpath_00_get():
        name = request.args.get("name", "")
        root = ET.parse(os.path.join(helpers.utils.TESTFILES_DIR, "employees.xml")).getroot()
        nodes = root.findall(f"./employee[@name='{name}']")  # want: T643
        fixed = root.findall("./employee[@name='alice']")
        return "found %d %d" % (len(nodes), len(fixed))
