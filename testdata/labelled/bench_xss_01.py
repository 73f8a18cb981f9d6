# label: xss vulnerable CWE-79
# bench_xss_01: app-factory style, bar percent

from flask import request


def init(app):

	@app.route("/benchmark/xss/bench_xss_01", methods=["GET"])
	def bench_xss_01_get():
		return bench_xss_01_post()

	@app.route("/benchmark/xss/bench_xss_01", methods=["POST"])
	def bench_xss_01_post():
		RESPONSE = ""

		param = request.cookies.get("BenchParam", "noCookieValueSupplied")

		bar = "%s" % param

		RESPONSE += "Parameter value: " + bar
		return RESPONSE  # want: T79
