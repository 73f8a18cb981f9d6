# label: ssrf safe CWE-918
# bench_ssrf_05: app-factory style, bar replace

import helpers.utils
from flask import request


def init(app):

	@app.route("/benchmark/ssrf/bench_ssrf_05", methods=["GET"])
	def bench_ssrf_05_get():
		return bench_ssrf_05_post()

	@app.route("/benchmark/ssrf/bench_ssrf_05", methods=["POST"])
	def bench_ssrf_05_post():
		RESPONSE = ""

		param = request.args.get("BenchParam")
		if not param:
			param = ""

		bar = param.replace("\t", " ")

		import requests
		r = requests.get("https://www.example.com/lookup", params={"q": bar}, timeout=3)
		RESPONSE += helpers.utils.escape_for_html(r.status_code)
		return RESPONSE
