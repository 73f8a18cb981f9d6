# label: redirect safe CWE-601
# bench_redirect_06: app-factory style, bar ifstmt

from flask import request


def init(app):

	@app.route("/benchmark/redirect/bench_redirect_06", methods=["GET"])
	def bench_redirect_06_get():
		return bench_redirect_06_post()

	@app.route("/benchmark/redirect/bench_redirect_06", methods=["POST"])
	def bench_redirect_06_post():
		RESPONSE = ""

		param = request.headers.get("BenchParam")
		if not param:
			param = ""

		num = 196
		if (500 / 42) + num > 200:
			bar = param
		else:
			bar = "This should never happen"

		import flask
		if bar not in ("/", "/account"):
			bar = "/"
		return flask.redirect(bar)
