# label: trustbound vulnerable CWE-501
# bench_trustbound_01: app-factory style, bar varcond

from flask import request


def init(app):

	@app.route("/benchmark/trustbound/bench_trustbound_01", methods=["GET"])
	def bench_trustbound_01_get():
		return bench_trustbound_01_post()

	@app.route("/benchmark/trustbound/bench_trustbound_01", methods=["POST"])
	def bench_trustbound_01_post():
		RESPONSE = ""

		param = ""
		for name in request.headers.keys():
			if name in ("Host", "Accept", "Accept-Language", "Accept-Encoding", "User-Agent", "Cookie"):
				continue
			param = name
			break

		bar = param if len(param) < 4096 else ""

		import flask
		flask.session["userid"] = bar  # want: T501
		RESPONSE += "Stored"
		return RESPONSE
