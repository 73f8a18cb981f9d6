# label: deserialization safe CWE-502
# bench_deserialization_05: app-factory style, bar insert

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

		items = [param]
		items.insert(0, "safe")
		bar = items[1]

		import yaml
		obj = yaml.safe_load(bar)
		RESPONSE += helpers.utils.escape_for_html(obj)
		return RESPONSE
