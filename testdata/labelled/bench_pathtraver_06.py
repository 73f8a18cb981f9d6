# label: pathtraver safe CWE-22
# bench_pathtraver_06: app-factory style, bar dict

import helpers.utils
from flask import request


def init(app):

	@app.route("/benchmark/pathtraver/bench_pathtraver_06", methods=["GET"])
	def bench_pathtraver_06_get():
		return bench_pathtraver_06_post()

	@app.route("/benchmark/pathtraver/bench_pathtraver_06", methods=["POST"])
	def bench_pathtraver_06_post():
		RESPONSE = ""

		param = request.cookies.get("BenchParam", "noCookieValueSupplied")

		values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
		bar = values["keyB"]

		from werkzeug.utils import secure_filename
		file_name = helpers.utils.TESTFILES_DIR / secure_filename(bar)
		fd = open(file_name, "rb")
		RESPONSE += helpers.utils.escape_for_html(fd.read(100))
		fd.close()
		return RESPONSE
