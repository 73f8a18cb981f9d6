# label: redirect safe CWE-601
# bench_redirect_04: app-factory style, bar intcast

from flask import request


def init(app):

	@app.route("/benchmark/redirect/bench_redirect_04", methods=["GET"])
	def bench_redirect_04_get():
		return bench_redirect_04_post()

	@app.route("/benchmark/redirect/bench_redirect_04", methods=["POST"])
	def bench_redirect_04_post():
		RESPONSE = ""

		param = request.args.get("BenchParam")
		if not param:
			param = ""

		bar = str(int(param))

		import flask
		return flask.redirect(bar)
