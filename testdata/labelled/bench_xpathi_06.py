# label: xpathi safe CWE-643
# bench_xpathi_06: app-factory style, bar fstring

import helpers.utils
from flask import request


def init(app):

	@app.route("/benchmark/xpathi/bench_xpathi_06", methods=["GET"])
	def bench_xpathi_06_get():
		return bench_xpathi_06_post()

	@app.route("/benchmark/xpathi/bench_xpathi_06", methods=["POST"])
	def bench_xpathi_06_post():
		RESPONSE = ""

		param = request.headers.get("BenchParam")
		if not param:
			param = ""

		bar = f"{param}"

		import lxml.etree
		root = lxml.etree.parse(str(helpers.utils.RES_DIR / "employees.xml"))
		nodes = root.xpath("/Employees/Employee[@emplid=$id]", id=bar)
		RESPONSE += "Found %d" % len(nodes)
		return RESPONSE
