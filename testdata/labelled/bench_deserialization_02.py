# label: deserialization vulnerable CWE-502
# bench_deserialization_02: app-factory style, bar varargs

import helpers.utils
import urllib.parse
from flask import request


def first(*args):
	return args[0]


def init(app):

	@app.route("/benchmark/deserialization/bench_deserialization_02", methods=["GET"])
	def bench_deserialization_02_get():
		return bench_deserialization_02_post()

	@app.route("/benchmark/deserialization/bench_deserialization_02", methods=["POST"])
	def bench_deserialization_02_post():
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

		bar = first(param)

		import yaml
		obj = yaml.load(bar, Loader=yaml.Loader)  # want: T502
		RESPONSE += helpers.utils.escape_for_html(obj)
		return RESPONSE
