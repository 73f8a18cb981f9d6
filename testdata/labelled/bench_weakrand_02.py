# label: weakrand vulnerable CWE-330
# bench_weakrand_02: app-factory style, bar b64

import base64
from flask import request


def init(app):

	@app.route("/benchmark/weakrand/bench_weakrand_02", methods=["GET"])
	def bench_weakrand_02_get():
		return bench_weakrand_02_post()

	@app.route("/benchmark/weakrand/bench_weakrand_02", methods=["POST"])
	def bench_weakrand_02_post():
		RESPONSE = ""

		param = request.headers.get("BenchParam")
		if not param:
			param = ""

		bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")

		import random
		value = random.random()  # want: B311
		remember = "rem-" + str(value)[2:]
		RESPONSE += "Remember me token: " + remember
		return RESPONSE
