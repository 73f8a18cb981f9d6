import logging
import traceback

from flask import Flask, jsonify, make_response

app = Flask(__name__)
log = logging.getLogger(__name__)


def build_report():
    raise RuntimeError("db password is hunter2")


@app.route("/report")
def report():
    try:
        return build_report()
    except Exception:
        return traceback.format_exc(), 500  # want: K114


@app.route("/report/json")
def report_json():
    try:
        return build_report()
    except ValueError as exc:
        return jsonify(error=str(exc)), 400  # want: K114


@app.route("/report/page")
def report_page():
    try:
        return build_report()
    except Exception as err:
        return make_response("<pre>" + repr(err) + "</pre>", 500)  # want: K114


@app.route("/report/logged")
def report_logged():
    try:
        return build_report()
    except Exception as err:
        log.error("report failed: %s", str(err))
        log.error(traceback.format_exc())
        return "Internal error", 500


@app.route("/report/other")
def report_other():
    value = 42
    try:
        return build_report()
    except Exception:
        return str(value), 500


@app.route("/report/debug")
def report_debug():
    try:
        return build_report()
    except Exception:
        return traceback.format_exc() if app.debug else "Internal error", 500
