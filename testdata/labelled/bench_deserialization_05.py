# label: deserialization safe CWE-502
# bench_deserialization_05: app-factory style, bar walrus

import helpers.utils
from flask import request


def init(app):

	@app.route("/benchmark/deserialization/bench_deserialization_05", methods=["GET"])
	def bench_deserialization_05_get():
		return bench_deserialization_05_post()

	@app.route("/benchmark/deserialization/bench_deserialization_05", methods=["POST"])
	def bench_deserialization_05_post():
		RESPONSE = ""

		param = request.form.get("BenchParam")
		if not param:
			param = ""

		if (bar := param) is None:
			return "bad request", 400

		import yaml
		obj = yaml.safe_load(bar)
		RESPONSE += helpers.utils.escape_for_html(obj)
		return RESPONSE
