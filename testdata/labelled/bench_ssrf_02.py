# label: ssrf vulnerable CWE-918
# bench_ssrf_02: app-factory style, bar list_pop

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

		items = ["safe", param, "moresafe"]
		items.pop(0)
		bar = items[0]

		import requests
		r = requests.get(bar, timeout=3)  # want: T918
		RESPONSE += helpers.utils.escape_for_html(r.status_code)
		return RESPONSE
