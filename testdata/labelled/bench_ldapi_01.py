# label: ldapi vulnerable CWE-90
# bench_ldapi_01: app-factory style, bar comprehension

from flask import request


def init(app):

	@app.route("/benchmark/ldapi/bench_ldapi_01", methods=["GET"])
	def bench_ldapi_01_get():
		return bench_ldapi_01_post()

	@app.route("/benchmark/ldapi/bench_ldapi_01", methods=["POST"])
	def bench_ldapi_01_post():
		RESPONSE = ""

		param = ""
		for name in request.headers.keys():
			if name in ("Host", "Accept", "Accept-Language", "Accept-Encoding", "User-Agent", "Cookie"):
				continue
			param = name
			break

		bar = "".join([ch for ch in param])

		import helpers.ldap
		conn = helpers.ldap.get_connection()
		query = f"(&(objectclass=person)(uid={bar}))"
		conn.search(helpers.ldap.BASE_DN, query)  # want: T90
		RESPONSE += "Search done"
		return RESPONSE
