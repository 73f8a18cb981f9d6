# label: ssrf safe CWE-918
# bench_ssrf_06: app-factory style, bar dictset

import helpers.utils
from flask import request


def init(app):

	@app.route("/benchmark/ssrf/bench_ssrf_06", methods=["GET"])
	def bench_ssrf_06_get():
		return bench_ssrf_06_post()

	@app.route("/benchmark/ssrf/bench_ssrf_06", methods=["POST"])
	def bench_ssrf_06_post():
		RESPONSE = ""

		param = request.form.get("BenchParam")
		if not param:
			param = ""

		values = {}
		values["keyB"] = param
		values["keyA"] = "a-Value"
		bar = values.get("keyB")

		import requests
		r = requests.get("https://www.example.com/lookup", params={"q": bar}, timeout=3)
		RESPONSE += helpers.utils.escape_for_html(r.status_code)
		return RESPONSE
