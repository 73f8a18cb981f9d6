# label: pathtraver safe CWE-22
# bench_pathtraver_04: app-factory style, bar list_pop_safe

import helpers.utils
from flask import request


def init(app):

	@app.route("/benchmark/pathtraver/bench_pathtraver_04", methods=["GET"])
	def bench_pathtraver_04_get():
		return bench_pathtraver_04_post()

	@app.route("/benchmark/pathtraver/bench_pathtraver_04", methods=["POST"])
	def bench_pathtraver_04_post():
		RESPONSE = ""

		param = request.form.get("BenchParam")
		if not param:
			param = ""

		items = ["safe", param, "moresafe"]
		items.pop(0)
		bar = items[1]

		file_name = helpers.utils.TESTFILES_DIR / bar
		fd = open(file_name, "rb")
		RESPONSE += helpers.utils.escape_for_html(fd.read(100))
		fd.close()
		return RESPONSE
