# label: trustbound vulnerable CWE-501
# bench_trustbound_02: app-factory style, bar html_escape

import html
from flask import request


def init(app):

	@app.route("/benchmark/trustbound/bench_trustbound_02", methods=["GET"])
	def bench_trustbound_02_get():
		return bench_trustbound_02_post()

	@app.route("/benchmark/trustbound/bench_trustbound_02", methods=["POST"])
	def bench_trustbound_02_post():
		RESPONSE = ""

		param = request.cookies.get("BenchParam", "noCookieValueSupplied")

		bar = html.escape(param)

		import flask
		flask.session["userid"] = bar  # want: T501
		RESPONSE += "Stored"
		return RESPONSE
