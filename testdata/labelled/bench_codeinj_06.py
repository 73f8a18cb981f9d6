# label: codeinj safe CWE-94
# bench_codeinj_06: app-factory style, bar method

import helpers.utils
from flask import request


class Thing:
	def do_something(self, value):
		return value


def init(app):

	@app.route("/benchmark/codeinj/bench_codeinj_06", methods=["GET"])
	def bench_codeinj_06_get():
		return bench_codeinj_06_post()

	@app.route("/benchmark/codeinj/bench_codeinj_06", methods=["POST"])
	def bench_codeinj_06_post():
		RESPONSE = ""

		param = request.headers.get("BenchParam")
		if not param:
			param = ""

		thing = Thing()
		bar = thing.do_something(param)

		import ast
		result = ast.literal_eval(bar)
		RESPONSE += helpers.utils.escape_for_html(result)
		return RESPONSE
