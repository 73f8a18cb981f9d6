# label: xpathi vulnerable CWE-643
# bench_xpathi_03: app-factory style, bar del_index

import helpers.utils
from flask import request


def init(app):

	@app.route("/benchmark/xpathi/bench_xpathi_03", methods=["GET"])
	def bench_xpathi_03_get():
		return bench_xpathi_03_post()

	@app.route("/benchmark/xpathi/bench_xpathi_03", methods=["POST"])
	def bench_xpathi_03_post():
		RESPONSE = ""

		values = request.args.getlist("BenchParam")
		param = values[0] if values else ""

		items = ["safe", param]
		del items[0]
		bar = items[0]

		import lxml.etree
		root = lxml.etree.parse(str(helpers.utils.RES_DIR / "employees.xml"))
		query = f"/Employees/Employee[@emplid='{bar}']"
		nodes = root.xpath(query)  # want: T643
		RESPONSE += "Found %d" % len(nodes)
		return RESPONSE
