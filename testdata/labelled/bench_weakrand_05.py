# label: weakrand safe CWE-330
# bench_weakrand_05: app-factory style, bar direct

import urllib.parse
from flask import request


def init(app):

	@app.route("/benchmark/weakrand/bench_weakrand_05", methods=["GET"])
	def bench_weakrand_05_get():
		return bench_weakrand_05_post()

	@app.route("/benchmark/weakrand/bench_weakrand_05", methods=["POST"])
	def bench_weakrand_05_post():
		RESPONSE = ""

		param = ""
		query = request.query_string.decode("utf-8")
		loc = query.find("BenchParam=")
		if loc != -1:
			param = query[loc + len("BenchParam="):]
			amp = param.find("&")
			if amp != -1:
				param = param[:amp]
		param = urllib.parse.unquote_plus(param)

		bar = param

		import secrets
		value = secrets.randbelow(10**12)
		remember = "rem-" + str(value)
		RESPONSE += "Remember me token: " + remember
		return RESPONSE
