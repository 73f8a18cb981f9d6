# label: xss safe CWE-79
# bench_xss_04: app-factory style, bar match_safe

from flask import request


def init(app):

	@app.route("/benchmark/xss/bench_xss_04", methods=["GET"])
	def bench_xss_04_get():
		return bench_xss_04_post()

	@app.route("/benchmark/xss/bench_xss_04", methods=["POST"])
	def bench_xss_04_post():
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

		RESPONSE += "Parameter value: " + bar
		return RESPONSE
