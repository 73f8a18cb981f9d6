import os

import tornado.web


class Main(tornado.web.RequestHandler):
    def get(self):
        self.set_cookie("pref", "dark")  # want: K204, K205
        self.set_cookie("sid", "v", secure=True, httponly=True)


app = tornado.web.Application(
    [(r"/", Main)],
    debug=True,  # want: K201
    cookie_secret="__TODO:_GENERATE_YOUR_OWN_RANDOM_VALUE_HERE__",  # want: K202, B106
    xsrf_cookies=False,  # want: K208
    autoescape=None,  # want: K210
)

settings = {
    "cookie_secret": "another-literal-secret",  # want: K202, B105
    "xsrf_cookies": False,  # want: K208
    "debug": True,  # want: K201
}
more = dict(serve_traceback=True, autoescape=None)  # want: K201, K210

safe = tornado.web.Application([(r"/", Main)], cookie_secret=os.environ["COOKIE_SECRET"], xsrf_cookies=True)
