# label: codeinj vulnerable CWE-94
# bench_codeinj_02: app-factory style, bar dict_update

import helpers.utils
import urllib.parse
from flask import request


def init(app):

	@app.route("/benchmark/codeinj/bench_codeinj_02", methods=["GET"])
	def bench_codeinj_02_get():
		return bench_codeinj_02_post()

	@app.route("/benchmark/codeinj/bench_codeinj_02", methods=["POST"])
	def bench_codeinj_02_post():
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

		values = {"keyA": "a-Value"}
		values.update({"keyB": param})
		bar = values["keyB"]

		result = eval(bar)  # want: T94
		RESPONSE += helpers.utils.escape_for_html(result)
		return RESPONSE
