# label: ldapi vulnerable CWE-90
# bench_ldapi_03: app-factory style, bar static

from flask import request


class Util:
	@staticmethod
	def passthrough(value):
		return value


def init(app):

	@app.route("/benchmark/ldapi/bench_ldapi_03", methods=["GET"])
	def bench_ldapi_03_get():
		return bench_ldapi_03_post()

	@app.route("/benchmark/ldapi/bench_ldapi_03", methods=["POST"])
	def bench_ldapi_03_post():
		RESPONSE = ""

		param = request.args.get("BenchParam")
		if not param:
			param = ""

		bar = Util.passthrough(param)

		import helpers.ldap
		conn = helpers.ldap.get_connection()
		query = f"(&(objectclass=person)(uid={bar}))"
		conn.search(helpers.ldap.BASE_DN, query)  # want: T90
		RESPONSE += "Search done"
		return RESPONSE
