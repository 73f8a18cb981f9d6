# label: trustbound safe CWE-501
# bench_trustbound_05: app-factory style, bar bytes

import helpers.utils
from flask import request


def init(app):

	@app.route("/benchmark/trustbound/bench_trustbound_05", methods=["GET"])
	def bench_trustbound_05_get():
		return bench_trustbound_05_post()

	@app.route("/benchmark/trustbound/bench_trustbound_05", methods=["POST"])
	def bench_trustbound_05_post():
		RESPONSE = ""

		param = request.args.get("BenchParam")
		if not param:
			param = ""

		bar = bytes(param, "utf-8").decode("utf-8")

		import flask
		flask.session["userid"] = "anonymous"
		RESPONSE += "Stored " + helpers.utils.escape_for_html(bar)
		return RESPONSE
