# label: redirect safe CWE-601
# bench_redirect_05: app-factory style, bar while

from flask import request


def init(app):

	@app.route("/benchmark/redirect/bench_redirect_05", methods=["GET"])
	def bench_redirect_05_get():
		return bench_redirect_05_post()

	@app.route("/benchmark/redirect/bench_redirect_05", methods=["POST"])
	def bench_redirect_05_post():
		RESPONSE = ""

		param = request.form.get("BenchParam")
		if not param:
			param = ""

		i = 0
		bar = ""
		while i < len(param):
			bar += param[i]
			i += 1

		import flask
		if bar not in ("/", "/account"):
			bar = "/"
		return flask.redirect(bar)
