# label: ssrf vulnerable CWE-918
# bench_ssrf_02: app-factory style, bar ifstmt

import helpers.utils
from flask import request


def init(app):

	@app.route("/benchmark/ssrf/bench_ssrf_02", methods=["GET"])
	def bench_ssrf_02_get():
		return bench_ssrf_02_post()

	@app.route("/benchmark/ssrf/bench_ssrf_02", methods=["POST"])
	def bench_ssrf_02_post():
		RESPONSE = ""

		param = request.cookies.get("BenchParam", "noCookieValueSupplied")

		num = 196
		if (500 / 42) + num > 200:
			bar = param
		else:
			bar = "This should never happen"

		import requests
		r = requests.get(bar, timeout=3)  # want: T918
		RESPONSE += helpers.utils.escape_for_html(r.status_code)
		return RESPONSE
