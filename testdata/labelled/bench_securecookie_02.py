# label: securecookie vulnerable CWE-614
# bench_securecookie_02: app-factory style, bar b64

import base64
import helpers.utils
from flask import request


def init(app):

	@app.route("/benchmark/securecookie/bench_securecookie_02", methods=["GET"])
	def bench_securecookie_02_get():
		return bench_securecookie_02_post()

	@app.route("/benchmark/securecookie/bench_securecookie_02", methods=["POST"])
	def bench_securecookie_02_post():
		RESPONSE = ""

		param = request.form.get("BenchParam")
		if not param:
			param = ""

		bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")

		import flask
		response = flask.make_response(RESPONSE)
		response.set_cookie("SomeCookie", helpers.utils.escape_for_html(bar), secure=False, httponly=True)  # want: K204
		return response
