# label: sqli safe CWE-89
# bench_sqli_06: app-factory style, bar recursion

import urllib.parse
from flask import request


def unwrap(value, depth):
	if depth == 0:
		return value
	return unwrap(value, depth - 1)


def init(app):

	@app.route("/benchmark/sqli/bench_sqli_06", methods=["GET"])
	def bench_sqli_06_get():
		return bench_sqli_06_post()

	@app.route("/benchmark/sqli/bench_sqli_06", methods=["POST"])
	def bench_sqli_06_post():
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

		bar = unwrap(param, 3)

		import helpers.db_sqlite
		sql = "SELECT * FROM users WHERE username = ?"
		con = helpers.db_sqlite.get_connection()
		cur = con.cursor()
		cur.execute(sql, (bar,))
		RESPONSE += "Query done"
		return RESPONSE
