# label: redirect vulnerable CWE-601
# bench_redirect_01: app-factory style, bar recursion

from flask import request


def unwrap(value, depth):
	if depth == 0:
		return value
	return unwrap(value, depth - 1)


def init(app):

	@app.route("/benchmark/redirect/bench_redirect_01", methods=["GET"])
	def bench_redirect_01_get():
		return bench_redirect_01_post()

	@app.route("/benchmark/redirect/bench_redirect_01", methods=["POST"])
	def bench_redirect_01_post():
		RESPONSE = ""

		param = request.cookies.get("BenchParam", "noCookieValueSupplied")

		bar = unwrap(param, 3)

		import flask
		return flask.redirect(bar)  # want: T601
