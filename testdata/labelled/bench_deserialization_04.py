# label: deserialization safe CWE-502
# bench_deserialization_04: app-factory style, bar method_const

import helpers.utils
from flask import request


class Thing:
	def do_something(self, value):
		return "constant"


def init(app):

	@app.route("/benchmark/deserialization/bench_deserialization_04", methods=["GET"])
	def bench_deserialization_04_get():
		return bench_deserialization_04_post()

	@app.route("/benchmark/deserialization/bench_deserialization_04", methods=["POST"])
	def bench_deserialization_04_post():
		RESPONSE = ""

		param = request.args.get("BenchParam")
		if not param:
			param = ""

		thing = Thing()
		bar = thing.do_something(param)

		import yaml
		obj = yaml.load(bar, Loader=yaml.Loader)
		RESPONSE += helpers.utils.escape_for_html(obj)
		return RESPONSE
