# label: securecookie vulnerable CWE-614
# bench_securecookie_03: app-factory style, bar dict

import helpers.utils
from flask import request


def init(app):

	@app.route("/benchmark/securecookie/bench_securecookie_03", methods=["GET"])
	def bench_securecookie_03_get():
		return bench_securecookie_03_post()

	@app.route("/benchmark/securecookie/bench_securecookie_03", methods=["POST"])
	def bench_securecookie_03_post():
		RESPONSE = ""

		param = request.headers.get("BenchParam")
		if not param:
			param = ""

		values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
		bar = values["keyB"]

		import flask
		response = flask.make_response(RESPONSE)
		response.set_cookie("SomeCookie", helpers.utils.escape_for_html(bar), secure=False, httponly=True)  # want: K204
		return response
