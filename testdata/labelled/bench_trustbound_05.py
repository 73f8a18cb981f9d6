# label: trustbound safe CWE-501
# bench_trustbound_05: app-factory style, bar method

import helpers.utils
from flask import request


class Thing:
	def do_something(self, value):
		return value


def init(app):

	@app.route("/benchmark/trustbound/bench_trustbound_05", methods=["GET"])
	def bench_trustbound_05_get():
		return bench_trustbound_05_post()

	@app.route("/benchmark/trustbound/bench_trustbound_05", methods=["POST"])
	def bench_trustbound_05_post():
		RESPONSE = ""

		param = request.args.get("BenchParam")
		if not param:
			param = ""

		thing = Thing()
		bar = thing.do_something(param)

		import flask
		flask.session["userid"] = "anonymous"
		RESPONSE += "Stored " + helpers.utils.escape_for_html(bar)
		return RESPONSE
