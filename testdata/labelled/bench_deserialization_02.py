# label: deserialization vulnerable CWE-502
# bench_deserialization_02: app-factory style, bar kwargs

import helpers.utils
from flask import request


def build(**kwargs):
	return kwargs["value"]


def init(app):

	@app.route("/benchmark/deserialization/bench_deserialization_02", methods=["GET"])
	def bench_deserialization_02_get():
		return bench_deserialization_02_post()

	@app.route("/benchmark/deserialization/bench_deserialization_02", methods=["POST"])
	def bench_deserialization_02_post():
		RESPONSE = ""

		param = request.form.get("BenchParam")
		if not param:
			param = ""

		bar = build(value=param)

		import yaml
		obj = yaml.load(bar, Loader=yaml.Loader)  # want: T502
		RESPONSE += helpers.utils.escape_for_html(obj)
		return RESPONSE
