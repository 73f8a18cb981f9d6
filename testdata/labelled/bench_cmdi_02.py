# label: cmdi vulnerable CWE-78
# bench_cmdi_02: app-factory style, bar listappend

import helpers.utils
from flask import request


def init(app):

	@app.route("/benchmark/cmdi/bench_cmdi_02", methods=["GET"])
	def bench_cmdi_02_get():
		return bench_cmdi_02_post()

	@app.route("/benchmark/cmdi/bench_cmdi_02", methods=["POST"])
	def bench_cmdi_02_post():
		RESPONSE = ""

		param = request.args.get("BenchParam")
		if not param:
			param = ""

		items = ["safe"]
		items.append(param)
		bar = items[-1]

		import subprocess
		proc = subprocess.run("echo " + bar, shell=True, capture_output=True)  # want: T78
		RESPONSE += helpers.utils.escape_for_html(proc.stdout.decode())
		return RESPONSE
