# label: codeinj vulnerable CWE-94
# bench_codeinj_01: app-factory style, bar insert

import helpers.utils
from flask import request


def init(app):

	@app.route("/benchmark/codeinj/bench_codeinj_01", methods=["GET"])
	def bench_codeinj_01_get():
		return bench_codeinj_01_post()

	@app.route("/benchmark/codeinj/bench_codeinj_01", methods=["POST"])
	def bench_codeinj_01_post():
		RESPONSE = ""

		param = request.cookies.get("BenchParam", "noCookieValueSupplied")

		items = [param]
		items.insert(0, "safe")
		bar = items[1]

		result = eval(bar)  # want: T94
		RESPONSE += helpers.utils.escape_for_html(result)
		return RESPONSE
