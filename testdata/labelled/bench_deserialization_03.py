# label: deserialization vulnerable CWE-502
# bench_deserialization_03: app-factory style, bar recursion

import helpers.utils
from flask import request


def unwrap(value, depth):
	if depth == 0:
		return value
	return unwrap(value, depth - 1)


def init(app):

	@app.route("/benchmark/deserialization/bench_deserialization_03", methods=["GET"])
	def bench_deserialization_03_get():
		return bench_deserialization_03_post()

	@app.route("/benchmark/deserialization/bench_deserialization_03", methods=["POST"])
	def bench_deserialization_03_post():
		RESPONSE = ""

		values = request.args.getlist("BenchParam")
		param = values[0] if values else ""

		bar = unwrap(param, 3)

		import yaml
		obj = yaml.load(bar, Loader=yaml.Loader)  # want: T502
		RESPONSE += helpers.utils.escape_for_html(obj)
		return RESPONSE
