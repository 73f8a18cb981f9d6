# label: trustbound safe CWE-501
# bench_trustbound_04: app-factory style, bar method_const

from flask import request


class Thing:
	def do_something(self, value):
		return "constant"


def init(app):

	@app.route("/benchmark/trustbound/bench_trustbound_04", methods=["GET"])
	def bench_trustbound_04_get():
		return bench_trustbound_04_post()

	@app.route("/benchmark/trustbound/bench_trustbound_04", methods=["POST"])
	def bench_trustbound_04_post():
		RESPONSE = ""

		values = request.args.getlist("BenchParam")
		param = values[0] if values else ""

		thing = Thing()
		bar = thing.do_something(param)

		import flask
		flask.session["userid"] = bar
		RESPONSE += "Stored"
		return RESPONSE
