# label: xxe vulnerable CWE-611
# bench_xxe_01: app-factory style, bar bytes

import helpers.utils
from flask import request


def init(app):

	@app.route("/benchmark/xxe/bench_xxe_01", methods=["GET"])
	def bench_xxe_01_get():
		return bench_xxe_01_post()

	@app.route("/benchmark/xxe/bench_xxe_01", methods=["POST"])
	def bench_xxe_01_post():
		RESPONSE = ""

		param = request.headers.get("BenchParam")
		if not param:
			param = ""

		bar = bytes(param, "utf-8").decode("utf-8")

		import lxml.etree
		parser = lxml.etree.XMLParser(resolve_entities=True)
		root = lxml.etree.fromstring(bar.encode("utf-8"), parser)  # want: T611
		RESPONSE += helpers.utils.escape_for_html(root.text)
		return RESPONSE
