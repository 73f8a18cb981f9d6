# label: cmdi vulnerable CWE-78
# bench_cmdi_01: app-factory style, bar closure

import helpers.utils
from flask import request


def init(app):

	@app.route("/benchmark/cmdi/bench_cmdi_01", methods=["GET"])
	def bench_cmdi_01_get():
		return bench_cmdi_01_post()

	@app.route("/benchmark/cmdi/bench_cmdi_01", methods=["POST"])
	def bench_cmdi_01_post():
		RESPONSE = ""

		values = request.args.getlist("BenchParam")
		param = values[0] if values else ""

		def inner():
			return param
		bar = inner()

		import subprocess
		proc = subprocess.run("echo " + bar, shell=True, capture_output=True)  # want: T78
		RESPONSE += helpers.utils.escape_for_html(proc.stdout.decode())
		return RESPONSE
