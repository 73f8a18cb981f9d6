# label: cmdi vulnerable CWE-78
# bench_cmdi_02: app-factory style, bar selfattr

import helpers.utils
from flask import request


class Holder:
	def __init__(self, value):
		self.value = value
		self.kind = "plain"

	def get(self):
		return self.value


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

		holder = Holder(param)
		bar = holder.get()

		import subprocess
		proc = subprocess.run("echo " + bar, shell=True, capture_output=True)  # want: T78
		RESPONSE += helpers.utils.escape_for_html(proc.stdout.decode())
		return RESPONSE
