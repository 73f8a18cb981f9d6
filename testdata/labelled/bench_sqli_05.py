# label: sqli safe CWE-89
# bench_sqli_05: app-factory style, bar nested_call

from flask import request


def inner(value):
	return value.strip()


def outer(value):
	prefix = ""
	return prefix + inner(value)


def init(app):

	@app.route("/benchmark/sqli/bench_sqli_05", methods=["GET"])
	def bench_sqli_05_get():
		return bench_sqli_05_post()

	@app.route("/benchmark/sqli/bench_sqli_05", methods=["POST"])
	def bench_sqli_05_post():
		RESPONSE = ""

		param = request.cookies.get("BenchParam", "noCookieValueSupplied")

		bar = outer(param)

		import helpers.db_sqlite
		sql = "SELECT * FROM users WHERE username = ?"
		con = helpers.db_sqlite.get_connection()
		cur = con.cursor()
		cur.execute(sql, (bar,))
		RESPONSE += "Query done"
		return RESPONSE
