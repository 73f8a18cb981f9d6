# label: trustbound vulnerable CWE-501
# bench_trustbound_03: app-factory style, bar html_escape

import html
from flask import request


def init(app):

	@app.route("/benchmark/trustbound/bench_trustbound_03", methods=["GET"])
	def bench_trustbound_03_get():
		return bench_trustbound_03_post()

	@app.route("/benchmark/trustbound/bench_trustbound_03", methods=["POST"])
	def bench_trustbound_03_post():
		RESPONSE = ""

		param = request.args.get("BenchParam")
		if not param:
			param = ""

		bar = html.escape(param)

		import flask
		flask.session["userid"] = bar  # want: T501
		RESPONSE += "Stored"
		return RESPONSE
