# label: ssrf vulnerable CWE-918
# bench_ssrf_01: app-factory style, bar direct

import helpers.utils
from flask import request


def init(app):

	@app.route("/benchmark/ssrf/bench_ssrf_01", methods=["GET"])
	def bench_ssrf_01_get():
		return bench_ssrf_01_post()

	@app.route("/benchmark/ssrf/bench_ssrf_01", methods=["POST"])
	def bench_ssrf_01_post():
		RESPONSE = ""

		param = request.headers.get("BenchParam")
		if not param:
			param = ""

		bar = param

		import requests
		r = requests.get(bar, timeout=3)  # want: T918
		RESPONSE += helpers.utils.escape_for_html(r.status_code)
		return RESPONSE
