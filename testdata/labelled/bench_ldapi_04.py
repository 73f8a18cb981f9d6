# label: ldapi safe CWE-90
# bench_ldapi_04: app-factory style, bar match_safe

from flask import request


def init(app):

	@app.route("/benchmark/ldapi/bench_ldapi_04", methods=["GET"])
	def bench_ldapi_04_get():
		return bench_ldapi_04_post()

	@app.route("/benchmark/ldapi/bench_ldapi_04", methods=["POST"])
	def bench_ldapi_04_post():
		RESPONSE = ""

		param = request.form.get("BenchParam")
		if not param:
			param = ""

		guess = "ABC"
		switch_target = guess[1]
		match switch_target:
			case "A":
				bar = param
			case "B":
				bar = "bob"
			case "C" | "D":
				bar = param
			case _:
				bar = "bob's your uncle"

		import helpers.ldap
		conn = helpers.ldap.get_connection()
		query = f"(&(objectclass=person)(uid={bar}))"
		conn.search(helpers.ldap.BASE_DN, query)
		RESPONSE += "Search done"
		return RESPONSE
