# label: trustbound vulnerable CWE-501
# bench_trustbound_02: app-factory style, bar match

from flask import request


def init(app):

	@app.route("/benchmark/trustbound/bench_trustbound_02", methods=["GET"])
	def bench_trustbound_02_get():
		return bench_trustbound_02_post()

	@app.route("/benchmark/trustbound/bench_trustbound_02", methods=["POST"])
	def bench_trustbound_02_post():
		RESPONSE = ""

		values = request.args.getlist("BenchParam")
		param = values[0] if values else ""

		guess = "ABC"
		switch_target = guess[2]
		match switch_target:
			case "A":
				bar = param
			case "B":
				bar = "bob"
			case "C" | "D":
				bar = param
			case _:
				bar = "bob's your uncle"

		import flask
		flask.session["userid"] = bar  # want: T501
		RESPONSE += "Stored"
		return RESPONSE
