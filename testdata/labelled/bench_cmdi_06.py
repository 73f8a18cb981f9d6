# label: cmdi safe CWE-78
# bench_cmdi_06: app-factory style, bar list_pop

import helpers.utils
from flask import request


def init(app):

	@app.route("/benchmark/cmdi/bench_cmdi_06", methods=["GET"])
	def bench_cmdi_06_get():
		return bench_cmdi_06_post()

	@app.route("/benchmark/cmdi/bench_cmdi_06", methods=["POST"])
	def bench_cmdi_06_post():
		RESPONSE = ""

		param = request.cookies.get("BenchParam", "noCookieValueSupplied")

		items = ["safe", param, "moresafe"]
		items.pop(0)
		bar = items[0]

		import subprocess
		proc = subprocess.run(["echo", bar], capture_output=True)
		RESPONSE += helpers.utils.escape_for_html(proc.stdout.decode())
		return RESPONSE
