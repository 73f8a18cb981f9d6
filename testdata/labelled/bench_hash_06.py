# label: hash safe CWE-328
# bench_hash_06: app-factory style, bar b64

import base64
from flask import request


def init(app):

	@app.route("/benchmark/hash/bench_hash_06", methods=["GET"])
	def bench_hash_06_get():
		return bench_hash_06_post()

	@app.route("/benchmark/hash/bench_hash_06", methods=["POST"])
	def bench_hash_06_post():
		RESPONSE = ""

		param = request.args.get("BenchParam")
		if not param:
			param = ""

		bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")

		import hashlib
		h = hashlib.new("sha384")
		h.update(bar.encode("utf-8"))
		RESPONSE += h.hexdigest()
		return RESPONSE
