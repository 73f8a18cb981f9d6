# label: deserialization safe CWE-502
# bench_deserialization_06: app-factory style, bar first_word

import helpers.utils
from flask import request


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

		bar = param.split(" ")[0]

		import yaml
		obj = yaml.safe_load(bar)
		RESPONSE += helpers.utils.escape_for_html(obj)
		return RESPONSE
