# label: weakrand vulnerable CWE-330
# bench_weakrand_03: app-factory style, bar dict

from flask import request


def init(app):

	@app.route("/benchmark/weakrand/bench_weakrand_03", methods=["GET"])
	def bench_weakrand_03_get():
		return bench_weakrand_03_post()

	@app.route("/benchmark/weakrand/bench_weakrand_03", methods=["POST"])
	def bench_weakrand_03_post():
		RESPONSE = ""

		param = ""
		for name in request.headers.keys():
			if name in ("Host", "Accept", "Accept-Language", "Accept-Encoding", "User-Agent", "Cookie"):
				continue
			param = name
			break

		values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
		bar = values["keyB"]

		import random
		value = random.random()  # want: B311
		remember = "rem-" + str(value)[2:]
		RESPONSE += "Remember me token: " + remember
		return RESPONSE
