# label: cmdi safe CWE-78
# bench_cmdi_04: app-factory style, bar dict_safe

import helpers.utils
from flask import request


def init(app):

	@app.route("/benchmark/cmdi/bench_cmdi_04", methods=["GET"])
	def bench_cmdi_04_get():
		return bench_cmdi_04_post()

	@app.route("/benchmark/cmdi/bench_cmdi_04", methods=["POST"])
	def bench_cmdi_04_post():
		RESPONSE = ""

		param = request.headers.get("BenchParam")
		if not param:
			param = ""

		values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
		bar = values["keyA"]

		import subprocess
		proc = subprocess.run("echo " + bar, shell=True, capture_output=True)
		RESPONSE += helpers.utils.escape_for_html(proc.stdout.decode())
		return RESPONSE
