# label: pathtraver vulnerable CWE-22
# bench_pathtraver_03: app-factory style, bar percent

import helpers.utils
from flask import request


def init(app):

	@app.route("/benchmark/pathtraver/bench_pathtraver_03", methods=["GET"])
	def bench_pathtraver_03_get():
		return bench_pathtraver_03_post()

	@app.route("/benchmark/pathtraver/bench_pathtraver_03", methods=["POST"])
	def bench_pathtraver_03_post():
		RESPONSE = ""

		param = request.args.get("BenchParam")
		if not param:
			param = ""

		bar = "%s" % param

		file_name = helpers.utils.TESTFILES_DIR / bar
		fd = open(file_name, "rb")  # want: T22
		RESPONSE += helpers.utils.escape_for_html(fd.read(100))
		fd.close()
		return RESPONSE
