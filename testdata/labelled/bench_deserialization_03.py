# label: deserialization vulnerable CWE-502
# bench_deserialization_03: app-factory style, bar walrus

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

		if (bar := param) is None:
			return "bad request", 400

		import yaml
		obj = yaml.load(bar, Loader=yaml.Loader)  # want: T502
		RESPONSE += helpers.utils.escape_for_html(obj)
		return RESPONSE
