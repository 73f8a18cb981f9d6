# label: codeinj safe CWE-94
# bench_codeinj_06: app-factory style, bar inherit

import helpers.utils
from flask import request


class Base:
	def clean(self, value):
		return value


class Child(Base):
	label = "child"


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

		bar = Child().clean(param)

		import ast
		result = ast.literal_eval(bar)
		RESPONSE += helpers.utils.escape_for_html(result)
		return RESPONSE
