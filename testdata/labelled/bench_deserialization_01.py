# label: deserialization vulnerable CWE-502
# bench_deserialization_01: app-factory style, bar varargs

import helpers.utils
from flask import request


def first(*args):
	return args[0]


def init(app):

	@app.route("/benchmark/deserialization/bench_deserialization_01", methods=["GET"])
	def bench_deserialization_01_get():
		return bench_deserialization_01_post()

	@app.route("/benchmark/deserialization/bench_deserialization_01", methods=["POST"])
	def bench_deserialization_01_post():
		RESPONSE = ""

		param = request.cookies.get("BenchParam", "noCookieValueSupplied")

		bar = first(param)

		import yaml
		obj = yaml.load(bar, Loader=yaml.Loader)  # want: T502
		RESPONSE += helpers.utils.escape_for_html(obj)
		return RESPONSE
