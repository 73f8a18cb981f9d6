# label: hash vulnerable CWE-328
# bench_hash_04: app-factory style, bar list_pop

import urllib.parse
from flask import request


def init(app):

	@app.route("/benchmark/hash/bench_hash_04", methods=["GET"])
	def bench_hash_04_get():
		return bench_hash_04_post()

	@app.route("/benchmark/hash/bench_hash_04", methods=["POST"])
	def bench_hash_04_post():
		RESPONSE = ""

		param = ""
		query = request.query_string.decode("utf-8")
		loc = query.find("BenchParam=")
		if loc != -1:
			param = query[loc + len("BenchParam="):]
			amp = param.find("&")
			if amp != -1:
				param = param[:amp]
		param = urllib.parse.unquote_plus(param)

		items = ["safe", param, "moresafe"]
		items.pop(0)
		bar = items[0]

		import hashlib
		h = hashlib.new("md5")  # want: B324
		h.update(bar.encode("utf-8"))
		RESPONSE += h.hexdigest()
		return RESPONSE
