# label: sqli safe CWE-89
# bench_sqli_04: app-factory style, bar ifstmt_safe

from flask import request


def init(app):

	@app.route("/benchmark/sqli/bench_sqli_04", methods=["GET"])
	def bench_sqli_04_get():
		return bench_sqli_04_post()

	@app.route("/benchmark/sqli/bench_sqli_04", methods=["POST"])
	def bench_sqli_04_post():
		RESPONSE = ""

		param = ""
		for name in request.headers.keys():
			if name in ("Host", "Accept", "Accept-Language", "Accept-Encoding", "User-Agent", "Cookie"):
				continue
			param = name
			break

		num = 196
		if (7 * 42) - num > 200:
			bar = param
		else:
			bar = "This_should_always_happen"

		import helpers.db_sqlite
		sql = f"SELECT * FROM users WHERE username = '{bar}'"
		con = helpers.db_sqlite.get_connection()
		cur = con.cursor()
		cur.execute(sql)
		RESPONSE += "Query done"
		return RESPONSE
