# label: deserialization vulnerable CWE-502
# bench_deserialization_03: app-factory style, bar ifstmt

import helpers.utils
from flask import request


def init(app):

	@app.route("/benchmark/deserialization/bench_deserialization_03", methods=["GET"])
	def bench_deserialization_03_get():
		return bench_deserialization_03_post()

	@app.route("/benchmark/deserialization/bench_deserialization_03", methods=["POST"])
	def bench_deserialization_03_post():
		RESPONSE = ""

		param = request.headers.get("BenchParam")
		if not param:
			param = ""

		num = 196
		if (500 / 42) + num > 200:
			bar = param
		else:
			bar = "This should never happen"

		import yaml
		obj = yaml.load(bar, Loader=yaml.Loader)  # want: T502
		RESPONSE += helpers.utils.escape_for_html(obj)
		return RESPONSE
