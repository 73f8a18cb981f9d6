# label: ldapi vulnerable CWE-90
# bench_ldapi_02: app-factory style, bar try

from flask import request


def init(app):

	@app.route("/benchmark/ldapi/bench_ldapi_02", methods=["GET"])
	def bench_ldapi_02_get():
		return bench_ldapi_02_post()

	@app.route("/benchmark/ldapi/bench_ldapi_02", methods=["POST"])
	def bench_ldapi_02_post():
		RESPONSE = ""

		values = request.args.getlist("BenchParam")
		param = values[0] if values else ""

		try:
			bar = param.encode("ascii").decode("ascii")
		except UnicodeError:
			bar = ""

		import helpers.ldap
		conn = helpers.ldap.get_connection()
		query = f"(&(objectclass=person)(uid={bar}))"
		conn.search(helpers.ldap.BASE_DN, query)  # want: T90
		RESPONSE += "Search done"
		return RESPONSE
