# label: codeinj vulnerable CWE-94
# bench_codeinj_03: app-factory style, bar nested_call

import helpers.utils
from flask import request


def inner(value):
	return value.strip()


def outer(value):
	prefix = ""
	return prefix + inner(value)


def init(app):

	@app.route("/benchmark/codeinj/bench_codeinj_03", methods=["GET"])
	def bench_codeinj_03_get():
		return bench_codeinj_03_post()

	@app.route("/benchmark/codeinj/bench_codeinj_03", methods=["POST"])
	def bench_codeinj_03_post():
		RESPONSE = ""

		values = request.args.getlist("BenchParam")
		param = values[0] if values else ""

		bar = outer(param)

		result = eval(bar)  # want: T94
		RESPONSE += helpers.utils.escape_for_html(result)
		return RESPONSE
