# label: ldapi safe CWE-90
# bench_ldapi_05: app-factory style, bar loop

from flask import request


def init(app):

	@app.route("/benchmark/ldapi/bench_ldapi_05", methods=["GET"])
	def bench_ldapi_05_get():
		return bench_ldapi_05_post()

	@app.route("/benchmark/ldapi/bench_ldapi_05", methods=["POST"])
	def bench_ldapi_05_post():
		RESPONSE = ""

		param = request.headers.get("BenchParam")
		if not param:
			param = ""

		bar = ""
		for ch in param:
			bar += ch

		import helpers.ldap
		from ldap3.utils.conv import escape_filter_chars
		conn = helpers.ldap.get_connection()
		query = f"(&(objectclass=person)(uid={escape_filter_chars(bar)}))"
		conn.search(helpers.ldap.BASE_DN, query)
		RESPONSE += "Search done"
		return RESPONSE
