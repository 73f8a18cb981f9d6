# label: hash safe CWE-328
# bench_hash_05: app-factory style, bar direct

from flask import request


def init(app):

	@app.route("/benchmark/hash/bench_hash_05", methods=["GET"])
	def bench_hash_05_get():
		return bench_hash_05_post()

	@app.route("/benchmark/hash/bench_hash_05", methods=["POST"])
	def bench_hash_05_post():
		RESPONSE = ""

		values = request.args.getlist("BenchParam")
		param = values[0] if values else ""

		bar = param

		import hashlib
		h = hashlib.new("sha384")
		h.update(bar.encode("utf-8"))
		RESPONSE += h.hexdigest()
		return RESPONSE
