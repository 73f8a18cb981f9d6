# label: xss safe CWE-79
# bench_xss_05: app-factory style, bar ifstmt

import helpers.utils
from flask import request


def init(app):

	@app.route("/benchmark/xss/bench_xss_05", methods=["GET"])
	def bench_xss_05_get():
		return bench_xss_05_post()

	@app.route("/benchmark/xss/bench_xss_05", methods=["POST"])
	def bench_xss_05_post():
		RESPONSE = ""

		param = request.headers.get("BenchParam")
		if not param:
			param = ""

		num = 196
		if (500 / 42) + num > 200:
			bar = param
		else:
			bar = "This should never happen"

		RESPONSE += "Parameter value: " + helpers.utils.escape_for_html(bar)
		return RESPONSE
