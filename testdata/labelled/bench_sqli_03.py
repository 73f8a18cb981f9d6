# label: sqli vulnerable CWE-89
# bench_sqli_03: app-factory style, bar unpack

from flask import request


def init(app):

	@app.route("/benchmark/sqli/bench_sqli_03", methods=["GET"])
	def bench_sqli_03_get():
		return bench_sqli_03_post()

	@app.route("/benchmark/sqli/bench_sqli_03", methods=["POST"])
	def bench_sqli_03_post():
		RESPONSE = ""

		param = request.headers.get("BenchParam")
		if not param:
			param = ""

		first, bar = "safe", param

		import helpers.db_sqlite
		sql = f"SELECT * FROM users WHERE username = '{bar}'"
		con = helpers.db_sqlite.get_connection()
		cur = con.cursor()
		cur.execute(sql)  # want: T89
		RESPONSE += "Query done"
		return RESPONSE
