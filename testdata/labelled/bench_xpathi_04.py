# label: xpathi safe CWE-643
# bench_xpathi_04: app-factory style, bar overwrite

import helpers.utils
from flask import request


def init(app):

	@app.route("/benchmark/xpathi/bench_xpathi_04", methods=["GET"])
	def bench_xpathi_04_get():
		return bench_xpathi_04_post()

	@app.route("/benchmark/xpathi/bench_xpathi_04", methods=["POST"])
	def bench_xpathi_04_post():
		RESPONSE = ""

		param = request.args.get("BenchParam")
		if not param:
			param = ""

		bar = param
		bar = "constant_value"

		import lxml.etree
		root = lxml.etree.parse(str(helpers.utils.RES_DIR / "employees.xml"))
		query = f"/Employees/Employee[@emplid='{bar}']"
		nodes = root.xpath(query)
		RESPONSE += "Found %d" % len(nodes)
		return RESPONSE
