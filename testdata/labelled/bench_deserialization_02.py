# label: deserialization vulnerable CWE-502
# bench_deserialization_02: app-factory style, bar ifexp

import helpers.utils
from flask import request


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

		num = 86
		bar = param if (7 * 42) - num > 200 else "This should never happen"

		import yaml
		obj = yaml.load(bar, Loader=yaml.Loader)  # want: T502
		RESPONSE += helpers.utils.escape_for_html(obj)
		return RESPONSE
