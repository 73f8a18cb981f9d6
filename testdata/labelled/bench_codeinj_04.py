# label: codeinj safe CWE-94
# bench_codeinj_04: app-factory style, bar helper_const

import helpers.utils
from flask import request


def do_something(value):
	return "safe!"


def init(app):

	@app.route("/benchmark/codeinj/bench_codeinj_04", methods=["GET"])
	def bench_codeinj_04_get():
		return bench_codeinj_04_post()

	@app.route("/benchmark/codeinj/bench_codeinj_04", methods=["POST"])
	def bench_codeinj_04_post():
		RESPONSE = ""

		param = request.args.get("BenchParam")
		if not param:
			param = ""

		bar = do_something(param)

		result = eval(bar)
		RESPONSE += helpers.utils.escape_for_html(result)
		return RESPONSE
