# label: xpathi safe CWE-643
# bench_xpathi_04: app-factory style, bar list_remove

import helpers.utils
import urllib.parse
from flask import request


def init(app):

	@app.route("/benchmark/xpathi/bench_xpathi_04", methods=["GET"])
	def bench_xpathi_04_get():
		return bench_xpathi_04_post()

	@app.route("/benchmark/xpathi/bench_xpathi_04", methods=["POST"])
	def bench_xpathi_04_post():
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

		items = [param, "safe"]
		items.remove(param)
		bar = items[0]

		import lxml.etree
		root = lxml.etree.parse(str(helpers.utils.RES_DIR / "employees.xml"))
		query = f"/Employees/Employee[@emplid='{bar}']"
		nodes = root.xpath(query)
		RESPONSE += "Found %d" % len(nodes)
		return RESPONSE
