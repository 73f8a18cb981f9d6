# label: securecookie safe CWE-614
# bench_securecookie_05: app-factory style, bar direct

import helpers.utils
from flask import request


def init(app):

	@app.route("/benchmark/securecookie/bench_securecookie_05", methods=["GET"])
	def bench_securecookie_05_get():
		return bench_securecookie_05_post()

	@app.route("/benchmark/securecookie/bench_securecookie_05", methods=["POST"])
	def bench_securecookie_05_post():
		RESPONSE = ""

		param = request.cookies.get("BenchParam", "noCookieValueSupplied")

		bar = param

		import flask
		response = flask.make_response(RESPONSE)
		response.set_cookie("SomeCookie", helpers.utils.escape_for_html(bar), secure=True, httponly=True)
		return response
