# label: redirect safe CWE-601
# bench_redirect_04: app-factory style, bar method_const

from flask import request


class Thing:
	def do_something(self, value):
		return "constant"


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

		thing = Thing()
		bar = thing.do_something(param)

		import flask
		return flask.redirect(bar)
