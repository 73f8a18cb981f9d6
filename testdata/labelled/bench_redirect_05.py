# label: redirect safe CWE-601
# bench_redirect_05: app-factory style, bar selfattr

from flask import request


class Holder:
	def __init__(self, value):
		self.value = value
		self.kind = "plain"

	def get(self):
		return self.value


def init(app):

	@app.route("/benchmark/redirect/bench_redirect_05", methods=["GET"])
	def bench_redirect_05_get():
		return bench_redirect_05_post()

	@app.route("/benchmark/redirect/bench_redirect_05", methods=["POST"])
	def bench_redirect_05_post():
		RESPONSE = ""

		param = request.form.get("BenchParam")
		if not param:
			param = ""

		holder = Holder(param)
		bar = holder.get()

		import flask
		if bar not in ("/", "/account"):
			bar = "/"
		return flask.redirect(bar)
