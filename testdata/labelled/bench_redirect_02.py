# label: redirect vulnerable CWE-601
# bench_redirect_02: app-factory style, bar walrus

import urllib.parse
from flask import request


def init(app):

	@app.route("/benchmark/redirect/bench_redirect_02", methods=["GET"])
	def bench_redirect_02_get():
		return bench_redirect_02_post()

	@app.route("/benchmark/redirect/bench_redirect_02", methods=["POST"])
	def bench_redirect_02_post():
		RESPONSE = ""

		param = ""
		query = request.query_string.decode("utf-8")
		loc = query.find("BenchParam=")
		if loc != -1:
			param = query[loc + len("BenchParam="):]
			amp = param.find("&")
			if amp != -1:
				param = param[:amp]
		param = urllib.parse.unquote_plus(param)

		if (bar := param) is None:
			return "bad request", 400

		import flask
		return flask.redirect(bar)  # want: T601
