# label: xpathi vulnerable CWE-643
# bench_xpathi_02: app-factory style, bar deque

import collections
import helpers.utils
import urllib.parse
from flask import request


def init(app):

	@app.route("/benchmark/xpathi/bench_xpathi_02", methods=["GET"])
	def bench_xpathi_02_get():
		return bench_xpathi_02_post()

	@app.route("/benchmark/xpathi/bench_xpathi_02", methods=["POST"])
	def bench_xpathi_02_post():
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

		queue = collections.deque()
		queue.append("safe")
		queue.append(param)
		queue.popleft()
		bar = queue[0]

		import lxml.etree
		root = lxml.etree.parse(str(helpers.utils.RES_DIR / "employees.xml"))
		query = f"/Employees/Employee[@emplid='{bar}']"
		nodes = root.xpath(query)  # want: T643
		RESPONSE += "Found %d" % len(nodes)
		return RESPONSE
