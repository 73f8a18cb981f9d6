# label: codeinj safe CWE-94
# bench_codeinj_04: app-factory style, bar match_safe

import helpers.utils
from flask import request


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

		guess = "ABC"
		switch_target = guess[1]
		match switch_target:
			case "A":
				bar = param
			case "B":
				bar = "bob"
			case "C" | "D":
				bar = param
			case _:
				bar = "bob's your uncle"

		result = eval(bar)
		RESPONSE += helpers.utils.escape_for_html(result)
		return RESPONSE
