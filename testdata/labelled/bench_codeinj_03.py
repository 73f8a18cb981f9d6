# label: codeinj vulnerable CWE-94
# bench_codeinj_03: app-factory style, bar dict_update

import helpers.utils
from flask import request


def init(app):

	@app.route("/benchmark/codeinj/bench_codeinj_03", methods=["GET"])
	def bench_codeinj_03_get():
		return bench_codeinj_03_post()

	@app.route("/benchmark/codeinj/bench_codeinj_03", methods=["POST"])
	def bench_codeinj_03_post():
		RESPONSE = ""

		param = ""
		for name in request.headers.keys():
			if name in ("Host", "Accept", "Accept-Language", "Accept-Encoding", "User-Agent", "Cookie"):
				continue
			param = name
			break

		values = {"keyA": "a-Value"}
		values.update({"keyB": param})
		bar = values["keyB"]

		result = eval(bar)  # want: T94
		RESPONSE += helpers.utils.escape_for_html(result)
		return RESPONSE
