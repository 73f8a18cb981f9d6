# label: redirect vulnerable CWE-601
# bench_redirect_01: app-factory style, bar while

from flask import request


def init(app):

	@app.route("/benchmark/redirect/bench_redirect_01", methods=["GET"])
	def bench_redirect_01_get():
		return bench_redirect_01_post()

	@app.route("/benchmark/redirect/bench_redirect_01", methods=["POST"])
	def bench_redirect_01_post():
		RESPONSE = ""

		param = request.cookies.get("BenchParam", "noCookieValueSupplied")

		i = 0
		bar = ""
		while i < len(param):
			bar += param[i]
			i += 1

		import flask
		return flask.redirect(bar)  # want: T601
