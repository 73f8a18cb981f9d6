# label: weakrand vulnerable CWE-330
# bench_weakrand_04: app-factory style, bar list_pop

from flask import request


def init(app):

	@app.route("/benchmark/weakrand/bench_weakrand_04", methods=["GET"])
	def bench_weakrand_04_get():
		return bench_weakrand_04_post()

	@app.route("/benchmark/weakrand/bench_weakrand_04", methods=["POST"])
	def bench_weakrand_04_post():
		RESPONSE = ""

		param = request.cookies.get("BenchParam", "noCookieValueSupplied")

		items = ["safe", param, "moresafe"]
		items.pop(0)
		bar = items[0]

		import random
		value = random.random()  # want: B311
		remember = "rem-" + str(value)[2:]
		RESPONSE += "Remember me token: " + remember
		return RESPONSE
