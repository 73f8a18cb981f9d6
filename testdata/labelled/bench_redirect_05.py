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

		param = ""
		for name in request.headers.keys():
			if name in ("Host", "Accept", "Accept-Language", "Accept-Encoding", "User-Agent", "Cookie"):
				continue
			param = name
			break

		holder = Holder(param)
		bar = holder.get()

		import flask
		if bar not in ("/", "/account"):
			bar = "/"
		return flask.redirect(bar)
