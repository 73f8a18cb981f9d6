# label: deserialization vulnerable CWE-502
# bench_deserialization_03: app-factory style, bar while

import helpers.utils
from flask import request


def init(app):

	@app.route("/benchmark/deserialization/bench_deserialization_03", methods=["GET"])
	def bench_deserialization_03_get():
		return bench_deserialization_03_post()

	@app.route("/benchmark/deserialization/bench_deserialization_03", methods=["POST"])
	def bench_deserialization_03_post():
		RESPONSE = ""

		values = request.args.getlist("BenchParam")
		param = values[0] if values else ""

		i = 0
		bar = ""
		while i < len(param):
			bar += param[i]
			i += 1

		import yaml
		obj = yaml.load(bar, Loader=yaml.Loader)  # want: T502
		RESPONSE += helpers.utils.escape_for_html(obj)
		return RESPONSE
