# label: xss safe CWE-79
# bench_xss_04: app-factory style, bar list_remove

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

		items = [param, "safe"]
		items.remove(param)
		bar = items[0]

		RESPONSE += "Parameter value: " + bar
		return RESPONSE
