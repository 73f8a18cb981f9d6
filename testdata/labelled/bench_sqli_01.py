# label: sqli vulnerable CWE-89
# bench_sqli_01: app-factory style, bar loop

from flask import request


def init(app):

	@app.route("/benchmark/sqli/bench_sqli_01", methods=["GET"])
	def bench_sqli_01_get():
		return bench_sqli_01_post()

	@app.route("/benchmark/sqli/bench_sqli_01", methods=["POST"])
	def bench_sqli_01_post():
		RESPONSE = ""

		param = request.args.get("BenchParam")
		if not param:
			param = ""

		bar = ""
		for ch in param:
			bar += ch

		import helpers.db_sqlite
		sql = f"SELECT * FROM users WHERE username = '{bar}'"
		con = helpers.db_sqlite.get_connection()
		cur = con.cursor()
		cur.execute(sql)  # want: T89
		RESPONSE += "Query done"
		return RESPONSE
