# label: pathtraver vulnerable CWE-22
# bench_pathtraver_02: app-factory style, bar format

import helpers.utils
from flask import request


def init(app):

	@app.route("/benchmark/pathtraver/bench_pathtraver_02", methods=["GET"])
	def bench_pathtraver_02_get():
		return bench_pathtraver_02_post()

	@app.route("/benchmark/pathtraver/bench_pathtraver_02", methods=["POST"])
	def bench_pathtraver_02_post():
		RESPONSE = ""

		values = request.args.getlist("BenchParam")
		param = values[0] if values else ""

		bar = "{}".format(param)

		file_name = helpers.utils.TESTFILES_DIR / bar
		fd = open(file_name, "rb")  # want: T22
		RESPONSE += helpers.utils.escape_for_html(fd.read(100))
		fd.close()
		return RESPONSE
