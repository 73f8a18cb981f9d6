# label: xpathi safe CWE-643
# bench_xpathi_05: app-factory style, bar try

import helpers.utils
from flask import request


def init(app):

	@app.route("/benchmark/xpathi/bench_xpathi_05", methods=["GET"])
	def bench_xpathi_05_get():
		return bench_xpathi_05_post()

	@app.route("/benchmark/xpathi/bench_xpathi_05", methods=["POST"])
	def bench_xpathi_05_post():
		RESPONSE = ""

		param = request.form.get("BenchParam")
		if not param:
			param = ""

		try:
			bar = param.encode("ascii").decode("ascii")
		except UnicodeError:
			bar = ""

		import lxml.etree
		root = lxml.etree.parse(str(helpers.utils.RES_DIR / "employees.xml"))
		nodes = root.xpath("/Employees/Employee[@emplid=$id]", id=bar)
		RESPONSE += "Found %d" % len(nodes)
		return RESPONSE
