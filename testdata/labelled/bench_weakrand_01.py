# label: weakrand vulnerable CWE-330
# bench_weakrand_01: app-factory style, bar direct

from flask import request


def init(app):

	@app.route("/benchmark/weakrand/bench_weakrand_01", methods=["GET"])
	def bench_weakrand_01_get():
		return bench_weakrand_01_post()

	@app.route("/benchmark/weakrand/bench_weakrand_01", methods=["POST"])
	def bench_weakrand_01_post():
		RESPONSE = ""

		param = request.form.get("BenchParam")
		if not param:
			param = ""

		bar = param

		import random
		value = random.random()  # want: B311
		remember = "rem-" + str(value)[2:]
		RESPONSE += "Remember me token: " + remember
		return RESPONSE
