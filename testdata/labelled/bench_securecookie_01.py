# label: securecookie vulnerable CWE-614
# bench_securecookie_01: app-factory style, bar direct

import helpers.utils
from flask import request


def init(app):

	@app.route("/benchmark/securecookie/bench_securecookie_01", methods=["GET"])
	def bench_securecookie_01_get():
		return bench_securecookie_01_post()

	@app.route("/benchmark/securecookie/bench_securecookie_01", methods=["POST"])
	def bench_securecookie_01_post():
		RESPONSE = ""

		param = request.args.get("BenchParam")
		if not param:
			param = ""

		bar = param

		import flask
		response = flask.make_response(RESPONSE)
		response.set_cookie("SomeCookie", helpers.utils.escape_for_html(bar), secure=False, httponly=True)  # want: K204
		return response
