# label: xss safe CWE-79
# bench_xss_04: app-factory style, bar ifstmt_safe

from flask import request


def init(app):

	@app.route("/benchmark/xss/bench_xss_04", methods=["GET"])
	def bench_xss_04_get():
		return bench_xss_04_post()

	@app.route("/benchmark/xss/bench_xss_04", methods=["POST"])
	def bench_xss_04_post():
		RESPONSE = ""

		param = request.args.get("BenchParam")
		if not param:
			param = ""

		num = 196
		if (7 * 42) - num > 200:
			bar = param
		else:
			bar = "This_should_always_happen"

		RESPONSE += "Parameter value: " + bar
		return RESPONSE
