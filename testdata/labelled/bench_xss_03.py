# label: xss vulnerable CWE-79
# bench_xss_03: app-factory style, bar comprehension

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

		bar = "".join([ch for ch in param])

		RESPONSE += "Parameter value: " + bar
		return RESPONSE  # want: T79
