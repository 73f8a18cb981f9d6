# label: xpathi safe CWE-643
# bench_xpathi_05: app-factory style, bar selfattr

import helpers.utils
from flask import request


class Holder:
	def __init__(self, value):
		self.value = value
		self.kind = "plain"

	def get(self):
		return self.value


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

		holder = Holder(param)
		bar = holder.get()

		import lxml.etree
		root = lxml.etree.parse(str(helpers.utils.RES_DIR / "employees.xml"))
		nodes = root.xpath("/Employees/Employee[@emplid=$id]", id=bar)
		RESPONSE += "Found %d" % len(nodes)
		return RESPONSE
