# label: trustbound safe CWE-501
# bench_trustbound_05: app-factory style, bar helper

import helpers.utils
from flask import request


def do_something(value):
	value = value.strip()
	return value


def init(app):

	@app.route("/benchmark/trustbound/bench_trustbound_05", methods=["GET"])
	def bench_trustbound_05_get():
		return bench_trustbound_05_post()

	@app.route("/benchmark/trustbound/bench_trustbound_05", methods=["POST"])
	def bench_trustbound_05_post():
		RESPONSE = ""

		param = request.headers.get("BenchParam")
		if not param:
			param = ""

		bar = do_something(param)

		import flask
		flask.session["userid"] = "anonymous"
		RESPONSE += "Stored " + helpers.utils.escape_for_html(bar)
		return RESPONSE
