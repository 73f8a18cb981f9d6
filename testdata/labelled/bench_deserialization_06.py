# label: deserialization safe CWE-502
# bench_deserialization_06: app-factory style, bar kwargs

import helpers.utils
from flask import request


def build(**kwargs):
	return kwargs["value"]


def init(app):

	@app.route("/benchmark/deserialization/bench_deserialization_06", methods=["GET"])
	def bench_deserialization_06_get():
		return bench_deserialization_06_post()

	@app.route("/benchmark/deserialization/bench_deserialization_06", methods=["POST"])
	def bench_deserialization_06_post():
		RESPONSE = ""

		param = request.headers.get("BenchParam")
		if not param:
			param = ""

		bar = build(value=param)

		import yaml
		obj = yaml.safe_load(bar)
		RESPONSE += helpers.utils.escape_for_html(obj)
		return RESPONSE
