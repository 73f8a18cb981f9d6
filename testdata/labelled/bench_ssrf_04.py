# label: ssrf safe CWE-918
# bench_ssrf_04: app-factory style, bar allowlist

import helpers.utils
from flask import request


def init(app):

	@app.route("/benchmark/ssrf/bench_ssrf_04", methods=["GET"])
	def bench_ssrf_04_get():
		return bench_ssrf_04_post()

	@app.route("/benchmark/ssrf/bench_ssrf_04", methods=["POST"])
	def bench_ssrf_04_post():
		RESPONSE = ""

		values = request.args.getlist("BenchParam")
		param = values[0] if values else ""

		if param not in ("asc", "desc", "latest"):
			return "bad request", 400
		bar = param

		import requests
		r = requests.get(bar, timeout=3)
		RESPONSE += helpers.utils.escape_for_html(r.status_code)
		return RESPONSE
