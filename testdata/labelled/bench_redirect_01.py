# label: redirect vulnerable CWE-601
# bench_redirect_01: app-factory style, bar ifexp

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

		num = 86
		bar = param if (7 * 42) - num > 200 else "This should never happen"

		import flask
		return flask.redirect(bar)  # want: T601
