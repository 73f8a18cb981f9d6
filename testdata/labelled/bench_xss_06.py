# label: xss safe CWE-79
# bench_xss_06: app-factory style, bar method

import helpers.utils
from flask import request


class Thing:
	def do_something(self, value):
		return value


def init(app):

	@app.route("/benchmark/xss/bench_xss_06", methods=["GET"])
	def bench_xss_06_get():
		return bench_xss_06_post()

	@app.route("/benchmark/xss/bench_xss_06", methods=["POST"])
	def bench_xss_06_post():
		RESPONSE = ""

		param = request.cookies.get("BenchParam", "noCookieValueSupplied")

		thing = Thing()
		bar = thing.do_something(param)

		RESPONSE += "Parameter value: " + helpers.utils.escape_for_html(bar)
		return RESPONSE
