# label: hash vulnerable CWE-328
# bench_hash_01: app-factory style, bar direct

from flask import request


def init(app):

	@app.route("/benchmark/hash/bench_hash_01", methods=["GET"])
	def bench_hash_01_get():
		return bench_hash_01_post()

	@app.route("/benchmark/hash/bench_hash_01", methods=["POST"])
	def bench_hash_01_post():
		RESPONSE = ""

		param = request.headers.get("BenchParam")
		if not param:
			param = ""

		bar = param

		import hashlib
		h = hashlib.new("md5")  # want: B324
		h.update(bar.encode("utf-8"))
		RESPONSE += h.hexdigest()
		return RESPONSE
