# label: codeinj vulnerable CWE-94
# bench_codeinj_03: app-factory style, bar varargs

import helpers.utils
from flask import request


def first(*args):
	return args[0]


def init(app):

	@app.route("/benchmark/codeinj/bench_codeinj_03", methods=["GET"])
	def bench_codeinj_03_get():
		return bench_codeinj_03_post()

	@app.route("/benchmark/codeinj/bench_codeinj_03", methods=["POST"])
	def bench_codeinj_03_post():
		RESPONSE = ""

		values = request.args.getlist("BenchParam")
		param = values[0] if values else ""

		bar = first(param)

		result = eval(bar)  # want: T94
		RESPONSE += helpers.utils.escape_for_html(result)
		return RESPONSE
