# label: codeinj safe CWE-94
# bench_codeinj_05: app-factory style, bar generator

import helpers.utils
from flask import request


def produce(value):
	yield value
	yield "done"


def init(app):

	@app.route("/benchmark/codeinj/bench_codeinj_05", methods=["GET"])
	def bench_codeinj_05_get():
		return bench_codeinj_05_post()

	@app.route("/benchmark/codeinj/bench_codeinj_05", methods=["POST"])
	def bench_codeinj_05_post():
		RESPONSE = ""

		param = request.form.get("BenchParam")
		if not param:
			param = ""

		bar = next(produce(param))

		import ast
		result = ast.literal_eval(bar)
		RESPONSE += helpers.utils.escape_for_html(result)
		return RESPONSE
