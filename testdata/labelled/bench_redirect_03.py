# label: redirect vulnerable CWE-601
# bench_redirect_03: app-factory style, bar template

import string
from flask import request


def init(app):

	@app.route("/benchmark/redirect/bench_redirect_03", methods=["GET"])
	def bench_redirect_03_get():
		return bench_redirect_03_post()

	@app.route("/benchmark/redirect/bench_redirect_03", methods=["POST"])
	def bench_redirect_03_post():
		RESPONSE = ""

		values = request.args.getlist("BenchParam")
		param = values[0] if values else ""

		bar = string.Template("$v").substitute(v=param)

		import flask
		return flask.redirect(bar)  # want: T601
