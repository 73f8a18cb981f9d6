import tornado.web
import tornado.websocket
from aiohttp import web
from starlette.staticfiles import StaticFiles


class Feed(tornado.websocket.WebSocketHandler):
    def check_origin(self, origin):  # want: K212
        return True


class SafeFeed(tornado.websocket.WebSocketHandler):
    def check_origin(self, origin):
        return origin in ALLOWED


class Api(tornado.web.RequestHandler):
    def check_xsrf_cookie(self):  # want: K208
        pass


class Checked(tornado.web.RequestHandler):
    def check_xsrf_cookie(self):
        if self.request.headers.get("X-Api-Key") is None:
            super().check_xsrf_cookie()


app = web.Application()
app.router.add_static("/static", "static", follow_symlinks=True)  # want: K211
app.router.add_static("/files", "files", show_index=False)
assets = StaticFiles(directory="assets", follow_symlink=True)  # want: K211
