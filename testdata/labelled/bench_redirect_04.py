# label: redirect safe CWE-601
# bench_redirect_04: app-factory style, bar dictset_safe

from flask import request


def init(app):

	@app.route("/benchmark/redirect/bench_redirect_04", methods=["GET"])
	def bench_redirect_04_get():
		return bench_redirect_04_post()

	@app.route("/benchmark/redirect/bench_redirect_04", methods=["POST"])
	def bench_redirect_04_post():
		RESPONSE = ""

		param = request.headers.get("BenchParam")
		if not param:
			param = ""

		values = {}
		values["keyB"] = param
		values["keyA"] = "a-Value"
		bar = values.get("keyA")

		import flask
		return flask.redirect(bar)
