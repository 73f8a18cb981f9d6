# label: deserialization vulnerable CWE-502
# bench_deserialization_03: app-factory style, bar b64

import base64
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

		bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")

		import yaml
		obj = yaml.load(bar, Loader=yaml.Loader)  # want: T502
		RESPONSE += helpers.utils.escape_for_html(obj)
		return RESPONSE
