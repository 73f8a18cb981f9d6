# label: pathtraver safe CWE-22
# bench_pathtraver_05: app-factory style, bar thing_factory

import helpers.things
import helpers.utils
from flask import request


def init(app):

	@app.route("/benchmark/pathtraver/bench_pathtraver_05", methods=["GET"])
	def bench_pathtraver_05_get():
		return bench_pathtraver_05_post()

	@app.route("/benchmark/pathtraver/bench_pathtraver_05", methods=["POST"])
	def bench_pathtraver_05_post():
		RESPONSE = ""

		param = request.headers.get("BenchParam")
		if not param:
			param = ""

		thing = helpers.things.create_thing()
		bar = thing.do_something(param)

		from werkzeug.utils import secure_filename
		file_name = helpers.utils.TESTFILES_DIR / secure_filename(bar)
		fd = open(file_name, "rb")
		RESPONSE += helpers.utils.escape_for_html(fd.read(100))
		fd.close()
		return RESPONSE
