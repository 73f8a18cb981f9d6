# label: trustbound safe CWE-501
# bench_trustbound_06: app-factory style, bar direct

import helpers.utils
from flask import request


def init(app):

	@app.route("/benchmark/trustbound/bench_trustbound_06", methods=["GET"])
	def bench_trustbound_06_get():
		return bench_trustbound_06_post()

	@app.route("/benchmark/trustbound/bench_trustbound_06", methods=["POST"])
	def bench_trustbound_06_post():
		RESPONSE = ""

		param = request.form.get("BenchParam")
		if not param:
			param = ""

		bar = param

		import flask
		flask.session["userid"] = "anonymous"
		RESPONSE += "Stored " + helpers.utils.escape_for_html(bar)
		return RESPONSE
