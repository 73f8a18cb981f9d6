# label: pathtraver vulnerable CWE-22
# bench_pathtraver_01: app-factory style, bar selfattr

import helpers.utils
import urllib.parse
from flask import request


class Holder:
	def __init__(self, value):
		self.value = value
		self.kind = "plain"

	def get(self):
		return self.value


def init(app):

	@app.route("/benchmark/pathtraver/bench_pathtraver_01", methods=["GET"])
	def bench_pathtraver_01_get():
		return bench_pathtraver_01_post()

	@app.route("/benchmark/pathtraver/bench_pathtraver_01", methods=["POST"])
	def bench_pathtraver_01_post():
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

		holder = Holder(param)
		bar = holder.get()

		file_name = helpers.utils.TESTFILES_DIR / bar
		fd = open(file_name, "rb")  # want: T22
		RESPONSE += helpers.utils.escape_for_html(fd.read(100))
		fd.close()
		return RESPONSE
