# label: securecookie vulnerable CWE-614
# bench_securecookie_04: app-factory style, bar list_pop

import helpers.utils
from flask import request


def init(app):

	@app.route("/benchmark/securecookie/bench_securecookie_04", methods=["GET"])
	def bench_securecookie_04_get():
		return bench_securecookie_04_post()

	@app.route("/benchmark/securecookie/bench_securecookie_04", methods=["POST"])
	def bench_securecookie_04_post():
		RESPONSE = ""

		param = ""
		for name in request.headers.keys():
			if name in ("Host", "Accept", "Accept-Language", "Accept-Encoding", "User-Agent", "Cookie"):
				continue
			param = name
			break

		items = ["safe", param, "moresafe"]
		items.pop(0)
		bar = items[0]

		import flask
		response = flask.make_response(RESPONSE)
		response.set_cookie("SomeCookie", helpers.utils.escape_for_html(bar), secure=False, httponly=True)  # want: K204
		return response
