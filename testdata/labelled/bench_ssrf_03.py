# label: ssrf vulnerable CWE-918
# bench_ssrf_03: app-factory style, bar dict

import helpers.utils
import urllib.parse
from flask import request


def init(app):

	@app.route("/benchmark/ssrf/bench_ssrf_03", methods=["GET"])
	def bench_ssrf_03_get():
		return bench_ssrf_03_post()

	@app.route("/benchmark/ssrf/bench_ssrf_03", methods=["POST"])
	def bench_ssrf_03_post():
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

		values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
		bar = values["keyB"]

		import requests
		r = requests.get(bar, timeout=3)  # want: T918
		RESPONSE += helpers.utils.escape_for_html(r.status_code)
		return RESPONSE
