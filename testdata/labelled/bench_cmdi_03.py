# label: cmdi vulnerable CWE-78
# bench_cmdi_03: app-factory style, bar overwrite_late

import helpers.utils
from flask import request


def init(app):

	@app.route("/benchmark/cmdi/bench_cmdi_03", methods=["GET"])
	def bench_cmdi_03_get():
		return bench_cmdi_03_post()

	@app.route("/benchmark/cmdi/bench_cmdi_03", methods=["POST"])
	def bench_cmdi_03_post():
		RESPONSE = ""

		param = request.form.get("BenchParam")
		if not param:
			param = ""

		bar = "constant"
		if param:
			bar = param

		import subprocess
		proc = subprocess.run("echo " + bar, shell=True, capture_output=True)  # want: T78
		RESPONSE += helpers.utils.escape_for_html(proc.stdout.decode())
		return RESPONSE
