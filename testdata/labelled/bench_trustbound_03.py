# label: trustbound vulnerable CWE-501
# bench_trustbound_03: app-factory style, bar unquote

import urllib.parse
import urllib.parse
from flask import request


def init(app):

	@app.route("/benchmark/trustbound/bench_trustbound_03", methods=["GET"])
	def bench_trustbound_03_get():
		return bench_trustbound_03_post()

	@app.route("/benchmark/trustbound/bench_trustbound_03", methods=["POST"])
	def bench_trustbound_03_post():
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

		bar = urllib.parse.unquote(param)

		import flask
		flask.session["userid"] = bar  # want: T501
		RESPONSE += "Stored"
		return RESPONSE
