# label: xpathi vulnerable CWE-643
# bench_xpathi_01: app-factory style, bar inherit

import helpers.utils
from flask import request


class Base:
	def clean(self, value):
		return value


class Child(Base):
	label = "child"


def init(app):

	@app.route("/benchmark/xpathi/bench_xpathi_01", methods=["GET"])
	def bench_xpathi_01_get():
		return bench_xpathi_01_post()

	@app.route("/benchmark/xpathi/bench_xpathi_01", methods=["POST"])
	def bench_xpathi_01_post():
		RESPONSE = ""

		param = request.cookies.get("BenchParam", "noCookieValueSupplied")

		bar = Child().clean(param)

		import lxml.etree
		root = lxml.etree.parse(str(helpers.utils.RES_DIR / "employees.xml"))
		query = f"/Employees/Employee[@emplid='{bar}']"
		nodes = root.xpath(query)  # want: T643
		RESPONSE += "Found %d" % len(nodes)
		return RESPONSE
