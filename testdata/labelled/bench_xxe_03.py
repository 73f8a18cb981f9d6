# label: xxe vulnerable CWE-611
# bench_xxe_03: app-factory style, bar thing_factory

import helpers.things
import helpers.utils
import urllib.parse
from flask import request


def init(app):

	@app.route("/benchmark/xxe/bench_xxe_03", methods=["GET"])
	def bench_xxe_03_get():
		return bench_xxe_03_post()

	@app.route("/benchmark/xxe/bench_xxe_03", methods=["POST"])
	def bench_xxe_03_post():
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

		thing = helpers.things.create_thing()
		bar = thing.do_something(param)

		import lxml.etree
		parser = lxml.etree.XMLParser(resolve_entities=True)
		root = lxml.etree.fromstring(bar.encode("utf-8"), parser)  # want: T611
		RESPONSE += helpers.utils.escape_for_html(root.text)
		return RESPONSE
