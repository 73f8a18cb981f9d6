# label: cmdi safe CWE-78
# bench_cmdi_06: app-factory style, bar unquote

import urllib.parse
import helpers.utils
import urllib.parse
from flask import request


def init(app):

	@app.route("/benchmark/cmdi/bench_cmdi_06", methods=["GET"])
	def bench_cmdi_06_get():
		return bench_cmdi_06_post()

	@app.route("/benchmark/cmdi/bench_cmdi_06", methods=["POST"])
	def bench_cmdi_06_post():
		RESPONSE = ""

		param = request.cookies.get("BenchParam", "noCookieValueSupplied")

		bar = urllib.parse.unquote(param)

		import subprocess
		proc = subprocess.run(["echo", bar], capture_output=True)
		RESPONSE += helpers.utils.escape_for_html(proc.stdout.decode())
		return RESPONSE
