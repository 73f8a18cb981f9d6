# label: ldapi safe CWE-90
# bench_ldapi_06: app-factory style, bar closure

from flask import request


def init(app):

	@app.route("/benchmark/ldapi/bench_ldapi_06", methods=["GET"])
	def bench_ldapi_06_get():
		return bench_ldapi_06_post()

	@app.route("/benchmark/ldapi/bench_ldapi_06", methods=["POST"])
	def bench_ldapi_06_post():
		RESPONSE = ""

		param = ""
		for name in request.headers.keys():
			if name in ("Host", "Accept", "Accept-Language", "Accept-Encoding", "User-Agent", "Cookie"):
				continue
			param = name
			break

		def inner():
			return param
		bar = inner()

		import helpers.ldap
		from ldap3.utils.conv import escape_filter_chars
		conn = helpers.ldap.get_connection()
		query = f"(&(objectclass=person)(uid={escape_filter_chars(bar)}))"
		conn.search(helpers.ldap.BASE_DN, query)
		RESPONSE += "Search done"
		return RESPONSE
