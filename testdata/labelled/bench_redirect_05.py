# label: redirect safe CWE-601
# bench_redirect_05: app-factory style, bar b64

import base64
from flask import request


def init(app):

	@app.route("/benchmark/redirect/bench_redirect_05", methods=["GET"])
	def bench_redirect_05_get():
		return bench_redirect_05_post()

	@app.route("/benchmark/redirect/bench_redirect_05", methods=["POST"])
	def bench_redirect_05_post():
		RESPONSE = ""

		param = ""
		for name in request.headers.keys():
			if name in ("Host", "Accept", "Accept-Language", "Accept-Encoding", "User-Agent", "Cookie"):
				continue
			param = name
			break

		bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")

		import flask
		if bar not in ("/", "/account"):
			bar = "/"
		return flask.redirect(bar)
