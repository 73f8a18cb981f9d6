# label: hash vulnerable CWE-328
# bench_hash_03: app-factory style, bar dict

from flask import request


def init(app):

	@app.route("/benchmark/hash/bench_hash_03", methods=["GET"])
	def bench_hash_03_get():
		return bench_hash_03_post()

	@app.route("/benchmark/hash/bench_hash_03", methods=["POST"])
	def bench_hash_03_post():
		RESPONSE = ""

		param = request.cookies.get("BenchParam", "noCookieValueSupplied")

		values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
		bar = values["keyB"]

		import hashlib
		h = hashlib.new("md5")  # want: B324
		h.update(bar.encode("utf-8"))
		RESPONSE += h.hexdigest()
		return RESPONSE
