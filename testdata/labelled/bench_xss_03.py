# label: xss vulnerable CWE-79
# bench_xss_03: app-factory style, bar lambda

from flask import request


def init(app):

	@app.route("/benchmark/xss/bench_xss_03", methods=["GET"])
	def bench_xss_03_get():
		return bench_xss_03_post()

	@app.route("/benchmark/xss/bench_xss_03", methods=["POST"])
	def bench_xss_03_post():
		RESPONSE = ""

		param = request.args.get("BenchParam")
		if not param:
			param = ""

		transform = lambda s: s
		bar = transform(param)

		RESPONSE += "Parameter value: " + bar
		return RESPONSE  # want: T79
