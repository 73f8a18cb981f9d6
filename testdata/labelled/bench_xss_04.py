# label: xss safe CWE-79
# bench_xss_04: app-factory style, bar list_pop_safe

from flask import request


def init(app):

	@app.route("/benchmark/xss/bench_xss_04", methods=["GET"])
	def bench_xss_04_get():
		return bench_xss_04_post()

	@app.route("/benchmark/xss/bench_xss_04", methods=["POST"])
	def bench_xss_04_post():
		RESPONSE = ""

		param = request.form.get("BenchParam")
		if not param:
			param = ""

		items = ["safe", param, "moresafe"]
		items.pop(0)
		bar = items[1]

		RESPONSE += "Parameter value: " + bar
		return RESPONSE
