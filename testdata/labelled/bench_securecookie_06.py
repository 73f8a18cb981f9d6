# label: securecookie safe CWE-614
# bench_securecookie_06: app-factory style, bar b64

import base64
import helpers.utils
import urllib.parse
from flask import request


def init(app):

	@app.route("/benchmark/securecookie/bench_securecookie_06", methods=["GET"])
	def bench_securecookie_06_get():
		return bench_securecookie_06_post()

	@app.route("/benchmark/securecookie/bench_securecookie_06", methods=["POST"])
	def bench_securecookie_06_post():
		RESPONSE = ""

		param = ""
		query = request.query_string.decode("utf-8")
		loc = query.find("BenchParam=")
		if loc != -1:
			param = query[loc + len("BenchParam="):]
			amp = param.find("&")
			if amp != -1:
				param = param[:amp]
		param = urllib.parse.unquote_plus(param)

		bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")

		import flask
		response = flask.make_response(RESPONSE)
		response.set_cookie("SomeCookie", helpers.utils.escape_for_html(bar), secure=True, httponly=True)
		return response
