# label: hash vulnerable CWE-328
# bench_hash_02: app-factory style, bar b64

import base64
from flask import request


def init(app):

	@app.route("/benchmark/hash/bench_hash_02", methods=["GET"])
	def bench_hash_02_get():
		return bench_hash_02_post()

	@app.route("/benchmark/hash/bench_hash_02", methods=["POST"])
	def bench_hash_02_post():
		RESPONSE = ""

		param = ""
		for name in request.headers.keys():
			if name in ("Host", "Accept", "Accept-Language", "Accept-Encoding", "User-Agent", "Cookie"):
				continue
			param = name
			break

		bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")

		import hashlib
		h = hashlib.new("md5")  # want: B324
		h.update(bar.encode("utf-8"))
		RESPONSE += h.hexdigest()
		return RESPONSE
