import sqlite3

from markupsafe import escape
from tg import RestController, TGController, expose, redirect, request, response, url


class PagesController(RestController):
    @expose("json")
    def get_one(self, page_id):
        db = sqlite3.connect("wiki.db")
        row = db.execute("SELECT body FROM pages WHERE id = " + page_id).fetchone()  # want: T89
        return dict(body=row[0] if row else "")


class RootController(TGController):
    pages = PagesController()

    @expose()
    def hello(self, name="world"):
        return "<h1>Hello %s</h1>" % name  # want: T79

    @expose()
    def hello_safe(self, name="world"):
        return "<h1>Hello %s</h1>" % escape(name)

    @expose("wiki.templates.page")
    def page(self, title="Home"):
        return dict(title=title)

    @expose()
    def go(self):
        redirect(request.params.get("next", "/"))  # want: T601

    @expose()
    def go_home(self, page="index"):
        redirect(url("/" + page))

    @expose(content_type="text/plain")
    def lang(self):
        response.headers["Content-Language"] = request.headers.get("Accept-Language", "en")  # want: T113
        return "ok"
