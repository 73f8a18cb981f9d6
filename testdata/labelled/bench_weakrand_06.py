# label: weakrand safe CWE-330
# bench_weakrand_06: app-factory style, bar b64

import base64
from flask import request


def init(app):

	@app.route("/benchmark/weakrand/bench_weakrand_06", methods=["GET"])
	def bench_weakrand_06_get():
		return bench_weakrand_06_post()

	@app.route("/benchmark/weakrand/bench_weakrand_06", methods=["POST"])
	def bench_weakrand_06_post():
		RESPONSE = ""

		values = request.args.getlist("BenchParam")
		param = values[0] if values else ""

		bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")

		import secrets
		value = secrets.randbelow(10**12)
		remember = "rem-" + str(value)
		RESPONSE += "Remember me token: " + remember
		return RESPONSE
