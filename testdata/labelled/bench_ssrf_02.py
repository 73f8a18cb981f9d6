# label: ssrf vulnerable CWE-918
# bench_ssrf_02: app-factory style, bar b64

import base64
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

		bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")

		import requests
		r = requests.get(bar, timeout=3)  # want: T918
		RESPONSE += helpers.utils.escape_for_html(r.status_code)
		return RESPONSE
