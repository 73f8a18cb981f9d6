# label: codeinj safe CWE-94
# bench_codeinj_04: app-factory style, bar method_const

import helpers.utils
from flask import request


class Thing:
	def do_something(self, value):
		return "constant"


def init(app):

	@app.route("/benchmark/codeinj/bench_codeinj_04", methods=["GET"])
	def bench_codeinj_04_get():
		return bench_codeinj_04_post()

	@app.route("/benchmark/codeinj/bench_codeinj_04", methods=["POST"])
	def bench_codeinj_04_post():
		RESPONSE = ""

		param = request.cookies.get("BenchParam", "noCookieValueSupplied")

		thing = Thing()
		bar = thing.do_something(param)

		result = eval(bar)
		RESPONSE += helpers.utils.escape_for_html(result)
		return RESPONSE
