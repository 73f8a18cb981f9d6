# label: redirect safe CWE-601
# bench_redirect_06: app-factory style, bar varcond

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

		bar = param if len(param) < 4096 else ""

		import flask
		if bar not in ("/", "/account"):
			bar = "/"
		return flask.redirect(bar)
