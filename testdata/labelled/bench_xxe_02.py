# label: xxe vulnerable CWE-611
# bench_xxe_02: app-factory style, bar first_word

import helpers.utils
from flask import request


def init(app):

	@app.route("/benchmark/xxe/bench_xxe_02", methods=["GET"])
	def bench_xxe_02_get():
		return bench_xxe_02_post()

	@app.route("/benchmark/xxe/bench_xxe_02", methods=["POST"])
	def bench_xxe_02_post():
		RESPONSE = ""

		param = request.cookies.get("BenchParam", "noCookieValueSupplied")

		bar = param.split(" ")[0]

		import lxml.etree
		parser = lxml.etree.XMLParser(resolve_entities=True)
		root = lxml.etree.fromstring(bar.encode("utf-8"), parser)  # want: T611
		RESPONSE += helpers.utils.escape_for_html(root.text)
		return RESPONSE
