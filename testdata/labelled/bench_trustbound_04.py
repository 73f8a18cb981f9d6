# label: trustbound safe CWE-501
# bench_trustbound_04: app-factory style, bar dictset_safe

from flask import request


def init(app):

	@app.route("/benchmark/trustbound/bench_trustbound_04", methods=["GET"])
	def bench_trustbound_04_get():
		return bench_trustbound_04_post()

	@app.route("/benchmark/trustbound/bench_trustbound_04", methods=["POST"])
	def bench_trustbound_04_post():
		RESPONSE = ""

		values = request.args.getlist("BenchParam")
		param = values[0] if values else ""

		values = {}
		values["keyB"] = param
		values["keyA"] = "a-Value"
		bar = values.get("keyA")

		import flask
		flask.session["userid"] = bar
		RESPONSE += "Stored"
		return RESPONSE
