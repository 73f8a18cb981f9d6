# label: redirect vulnerable CWE-601
# bench_redirect_02: app-factory style, bar helper

from flask import request


def do_something(value):
	value = value.strip()
	return value


def init(app):

	@app.route("/benchmark/redirect/bench_redirect_02", methods=["GET"])
	def bench_redirect_02_get():
		return bench_redirect_02_post()

	@app.route("/benchmark/redirect/bench_redirect_02", methods=["POST"])
	def bench_redirect_02_post():
		RESPONSE = ""

		param = request.args.get("BenchParam")
		if not param:
			param = ""

		bar = do_something(param)

		import flask
		return flask.redirect(bar)  # want: T601
