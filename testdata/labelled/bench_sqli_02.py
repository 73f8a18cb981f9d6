# label: sqli vulnerable CWE-89
# bench_sqli_02: app-factory style, bar dictset

from flask import request


def init(app):

	@app.route("/benchmark/sqli/bench_sqli_02", methods=["GET"])
	def bench_sqli_02_get():
		return bench_sqli_02_post()

	@app.route("/benchmark/sqli/bench_sqli_02", methods=["POST"])
	def bench_sqli_02_post():
		RESPONSE = ""

		param = request.form.get("BenchParam")
		if not param:
			param = ""

		values = {}
		values["keyB"] = param
		values["keyA"] = "a-Value"
		bar = values.get("keyB")

		import helpers.db_sqlite
		sql = f"SELECT * FROM users WHERE username = '{bar}'"
		con = helpers.db_sqlite.get_connection()
		cur = con.cursor()
		cur.execute(sql)  # want: T89
		RESPONSE += "Query done"
		return RESPONSE
