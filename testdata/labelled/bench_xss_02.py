# label: xss vulnerable CWE-79
# bench_xss_02: app-factory style, bar lambda

from flask import request


def init(app):

	@app.route("/benchmark/xss/bench_xss_02", methods=["GET"])
	def bench_xss_02_get():
		return bench_xss_02_post()

	@app.route("/benchmark/xss/bench_xss_02", methods=["POST"])
	def bench_xss_02_post():
		RESPONSE = ""

		values = request.args.getlist("BenchParam")
		param = values[0] if values else ""

		transform = lambda s: s
		bar = transform(param)

		RESPONSE += "Parameter value: " + bar
		return RESPONSE  # want: T79
