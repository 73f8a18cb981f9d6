# label: xxe safe CWE-611
# bench_xxe_04: app-factory style, bar unpack_safe

import helpers.utils
from flask import request


def init(app):

	@app.route("/benchmark/xxe/bench_xxe_04", methods=["GET"])
	def bench_xxe_04_get():
		return bench_xxe_04_post()

	@app.route("/benchmark/xxe/bench_xxe_04", methods=["POST"])
	def bench_xxe_04_post():
		RESPONSE = ""

		values = request.args.getlist("BenchParam")
		param = values[0] if values else ""

		bar, other = "safe", param

		import lxml.etree
		parser = lxml.etree.XMLParser(resolve_entities=True)
		root = lxml.etree.fromstring(bar.encode("utf-8"), parser)
		RESPONSE += helpers.utils.escape_for_html(root.text)
		return RESPONSE
