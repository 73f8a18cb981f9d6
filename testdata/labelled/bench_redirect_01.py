# label: redirect vulnerable CWE-601
# bench_redirect_01: app-factory style, bar template

import string
from flask import request


def init(app):

	@app.route("/benchmark/redirect/bench_redirect_01", methods=["GET"])
	def bench_redirect_01_get():
		return bench_redirect_01_post()

	@app.route("/benchmark/redirect/bench_redirect_01", methods=["POST"])
	def bench_redirect_01_post():
		RESPONSE = ""

		param = request.cookies.get("BenchParam", "noCookieValueSupplied")

		bar = string.Template("$v").substitute(v=param)

		import flask
		return flask.redirect(bar)  # want: T601
