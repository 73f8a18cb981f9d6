# label: xxe vulnerable CWE-611
# bench_xxe_03: app-factory style, bar first_word

import helpers.utils
from flask import request


def init(app):

	@app.route("/benchmark/xxe/bench_xxe_03", methods=["GET"])
	def bench_xxe_03_get():
		return bench_xxe_03_post()

	@app.route("/benchmark/xxe/bench_xxe_03", methods=["POST"])
	def bench_xxe_03_post():
		RESPONSE = ""

		values = request.args.getlist("BenchParam")
		param = values[0] if values else ""

		bar = param.split(" ")[0]

		import lxml.etree
		parser = lxml.etree.XMLParser(resolve_entities=True)
		root = lxml.etree.fromstring(bar.encode("utf-8"), parser)  # want: T611
		RESPONSE += helpers.utils.escape_for_html(root.text)
		return RESPONSE
