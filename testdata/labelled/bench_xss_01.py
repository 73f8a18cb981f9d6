# label: xss vulnerable CWE-79
# bench_xss_01: app-factory style, bar fstring

import urllib.parse
from flask import request


def init(app):

	@app.route("/benchmark/xss/bench_xss_01", methods=["GET"])
	def bench_xss_01_get():
		return bench_xss_01_post()

	@app.route("/benchmark/xss/bench_xss_01", methods=["POST"])
	def bench_xss_01_post():
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

		bar = f"{param}"

		RESPONSE += "Parameter value: " + bar
		return RESPONSE  # want: T79
