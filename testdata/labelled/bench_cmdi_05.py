# label: cmdi safe CWE-78
# bench_cmdi_05: app-factory style, bar template

import string
import helpers.utils
from flask import request


def init(app):

	@app.route("/benchmark/cmdi/bench_cmdi_05", methods=["GET"])
	def bench_cmdi_05_get():
		return bench_cmdi_05_post()

	@app.route("/benchmark/cmdi/bench_cmdi_05", methods=["POST"])
	def bench_cmdi_05_post():
		RESPONSE = ""

		param = ""
		for name in request.headers.keys():
			if name in ("Host", "Accept", "Accept-Language", "Accept-Encoding", "User-Agent", "Cookie"):
				continue
			param = name
			break

		bar = string.Template("$v").substitute(v=param)

		import subprocess
		proc = subprocess.run(["echo", bar], capture_output=True)
		RESPONSE += helpers.utils.escape_for_html(proc.stdout.decode())
		return RESPONSE
