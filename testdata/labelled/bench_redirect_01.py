# label: redirect vulnerable CWE-601
# bench_redirect_01: app-factory style, bar match

from flask import request


def init(app):

	@app.route("/benchmark/redirect/bench_redirect_01", methods=["GET"])
	def bench_redirect_01_get():
		return bench_redirect_01_post()

	@app.route("/benchmark/redirect/bench_redirect_01", methods=["POST"])
	def bench_redirect_01_post():
		RESPONSE = ""

		values = request.args.getlist("BenchParam")
		param = values[0] if values else ""

		guess = "ABC"
		switch_target = guess[2]
		match switch_target:
			case "A":
				bar = param
			case "B":
				bar = "bob"
			case "C" | "D":
				bar = param
			case _:
				bar = "bob's your uncle"

		import flask
		return flask.redirect(bar)  # want: T601
