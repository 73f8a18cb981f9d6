# label: xss vulnerable CWE-79
# bench_xss_01: app-factory style, bar dict_update

from flask import request


def init(app):

	@app.route("/benchmark/xss/bench_xss_01", methods=["GET"])
	def bench_xss_01_get():
		return bench_xss_01_post()

	@app.route("/benchmark/xss/bench_xss_01", methods=["POST"])
	def bench_xss_01_post():
		RESPONSE = ""

		param = request.cookies.get("BenchParam", "noCookieValueSupplied")

		values = {"keyA": "a-Value"}
		values.update({"keyB": param})
		bar = values["keyB"]

		RESPONSE += "Parameter value: " + bar
		return RESPONSE  # want: T79
