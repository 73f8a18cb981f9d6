# label: deserialization vulnerable CWE-502
# bench_deserialization_01: app-factory style, bar kwargs

import helpers.utils
from flask import request


def build(**kwargs):
	return kwargs["value"]


def init(app):

	@app.route("/benchmark/deserialization/bench_deserialization_01", methods=["GET"])
	def bench_deserialization_01_get():
		return bench_deserialization_01_post()

	@app.route("/benchmark/deserialization/bench_deserialization_01", methods=["POST"])
	def bench_deserialization_01_post():
		RESPONSE = ""

		param = request.cookies.get("BenchParam", "noCookieValueSupplied")

		bar = build(value=param)

		import yaml
		obj = yaml.load(bar, Loader=yaml.Loader)  # want: T502
		RESPONSE += helpers.utils.escape_for_html(obj)
		return RESPONSE
