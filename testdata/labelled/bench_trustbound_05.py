# label: trustbound safe CWE-501
# bench_trustbound_05: app-factory style, bar dict

import helpers.utils
from flask import request


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

		values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
		bar = values["keyB"]

		import flask
		flask.session["userid"] = "anonymous"
		RESPONSE += "Stored " + helpers.utils.escape_for_html(bar)
		return RESPONSE
