# label: ldapi vulnerable CWE-90
# bench_ldapi_02: app-factory style, bar recursion

from flask import request


def unwrap(value, depth):
	if depth == 0:
		return value
	return unwrap(value, depth - 1)


def init(app):

	@app.route("/benchmark/ldapi/bench_ldapi_02", methods=["GET"])
	def bench_ldapi_02_get():
		return bench_ldapi_02_post()

	@app.route("/benchmark/ldapi/bench_ldapi_02", methods=["POST"])
	def bench_ldapi_02_post():
		RESPONSE = ""

		param = request.cookies.get("BenchParam", "noCookieValueSupplied")

		bar = unwrap(param, 3)

		import helpers.ldap
		conn = helpers.ldap.get_connection()
		query = f"(&(objectclass=person)(uid={bar}))"
		conn.search(helpers.ldap.BASE_DN, query)  # want: T90
		RESPONSE += "Search done"
		return RESPONSE
