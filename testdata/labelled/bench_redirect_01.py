# label: redirect vulnerable CWE-601
# bench_redirect_01: app-factory style, bar dict

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

		values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
		bar = values["keyB"]

		import flask
		return flask.redirect(bar)  # want: T601
