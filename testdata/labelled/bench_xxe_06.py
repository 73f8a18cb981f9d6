# label: xxe safe CWE-611
# bench_xxe_06: app-factory style, bar match

import helpers.utils
from flask import request


def init(app):

	@app.route("/benchmark/xxe/bench_xxe_06", methods=["GET"])
	def bench_xxe_06_get():
		return bench_xxe_06_post()

	@app.route("/benchmark/xxe/bench_xxe_06", methods=["POST"])
	def bench_xxe_06_post():
		RESPONSE = ""

		param = request.form.get("BenchParam")
		if not param:
			param = ""

		guess = "ABC"
		switch_target = guess[2]
		match switch_target:
			case "A":
				bar = param
			case "B":
				bar = "bob"
			case "C" | "D":
				bar = param
			case _:
				bar = "bob's your uncle"

		import lxml.etree
		parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True)
		root = lxml.etree.fromstring(bar.encode("utf-8"), parser)
		RESPONSE += helpers.utils.escape_for_html(root.text)
		return RESPONSE
