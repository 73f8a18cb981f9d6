# label: xpathi vulnerable CWE-643
# bench_xpathi_03: app-factory style, bar dict_update

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

		values = {"keyA": "a-Value"}
		values.update({"keyB": param})
		bar = values["keyB"]

		import lxml.etree
		root = lxml.etree.parse(str(helpers.utils.RES_DIR / "employees.xml"))
		query = f"/Employees/Employee[@emplid='{bar}']"
		nodes = root.xpath(query)  # want: T643
		RESPONSE += "Found %d" % len(nodes)
		return RESPONSE
