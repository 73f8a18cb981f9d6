# label: xxe safe CWE-611
# bench_xxe_05: app-factory style, bar list_pop

import helpers.utils
from flask import request


def init(app):

	@app.route("/benchmark/xxe/bench_xxe_05", methods=["GET"])
	def bench_xxe_05_get():
		return bench_xxe_05_post()

	@app.route("/benchmark/xxe/bench_xxe_05", methods=["POST"])
	def bench_xxe_05_post():
		RESPONSE = ""

		param = request.args.get("BenchParam")
		if not param:
			param = ""

		items = ["safe", param, "moresafe"]
		items.pop(0)
		bar = items[0]

		import lxml.etree
		parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True)
		root = lxml.etree.fromstring(bar.encode("utf-8"), parser)
		RESPONSE += helpers.utils.escape_for_html(root.text)
		return RESPONSE
