# label: ldapi vulnerable CWE-90
# bench_ldapi_01: app-factory style, bar generator

import urllib.parse
from flask import request


def produce(value):
	yield value
	yield "done"


def init(app):

	@app.route("/benchmark/ldapi/bench_ldapi_01", methods=["GET"])
	def bench_ldapi_01_get():
		return bench_ldapi_01_post()

	@app.route("/benchmark/ldapi/bench_ldapi_01", methods=["POST"])
	def bench_ldapi_01_post():
		RESPONSE = ""

		param = ""
		query = request.query_string.decode("utf-8")
		loc = query.find("BenchParam=")
		if loc != -1:
			param = query[loc + len("BenchParam="):]
			amp = param.find("&")
			if amp != -1:
				param = param[:amp]
		param = urllib.parse.unquote_plus(param)

		bar = next(produce(param))

		import helpers.ldap
		conn = helpers.ldap.get_connection()
		query = f"(&(objectclass=person)(uid={bar}))"
		conn.search(helpers.ldap.BASE_DN, query)  # want: T90
		RESPONSE += "Search done"
		return RESPONSE
