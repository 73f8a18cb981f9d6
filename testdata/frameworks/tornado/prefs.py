"""Preferences stored in signed cookies."""
import tornado.web


class PrefsHandler(tornado.web.RequestHandler):
    def post(self):
        theme = self.get_body_argument("theme", "light")
        self.set_signed_cookie("theme", theme)  # want: T113
        self.set_secure_cookie("lang", self.get_argument("lang", "en"))  # want: T113
        self.set_signed_cookie("seen", "1")
        self.finish({"saved": True})


def make_app():
    return tornado.web.Application([(r"/prefs", PrefsHandler)], cookie_secret="change-me")


class BackHandler(tornado.web.RequestHandler):
    def get(self):
        self.set_status(302)
        self.set_header("Location", self.get_argument("next", "/"))  # want: T113 T601
        self.set_header("X-Frame-Options", "DENY")
