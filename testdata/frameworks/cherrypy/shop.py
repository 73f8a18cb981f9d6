import html
import os
import sqlite3

import cherrypy
from cherrypy.lib.static import serve_file

CATALOG = "/srv/catalog"


class Catalog:
    @cherrypy.expose
    def index(self, category="all"):
        return "<h1>Category: %s</h1>" % category  # want: T79

    @cherrypy.expose
    def safe(self, category="all"):
        return "<h1>Category: %s</h1>" % html.escape(category)

    @cherrypy.expose
    def item(self, sku):
        db = sqlite3.connect("catalog.db")
        row = db.execute("SELECT name FROM items WHERE sku = '" + sku + "'").fetchone()  # want: T89
        same = db.execute("SELECT name FROM items WHERE sku = ?", (sku,)).fetchone()
        return html.escape(str(row or same))

    @cherrypy.expose
    def sheet(self):
        name = cherrypy.request.params.get("name", "index.pdf")
        return serve_file(os.path.join(CATALOG, name))  # want: T22

    @cherrypy.expose
    def sheet_safe(self):
        name = cherrypy.request.params.get("name", "index.pdf")
        return serve_file(os.path.join(CATALOG, os.path.basename(name)))

    @cherrypy.expose
    def banner(self, text=""):
        cherrypy.response.body = ("<marquee>%s</marquee>" % text).encode()  # want: T79

    @cherrypy.expose
    def go(self):
        raise cherrypy.HTTPRedirect(cherrypy.request.headers.get("Referer", "/"))  # want: T601

    @cherrypy.expose
    def lang(self):
        cherrypy.response.headers["Content-Language"] = cherrypy.request.cookie["lang"].value  # want: T113
        return "ok"

    @cherrypy.expose
    @cherrypy.tools.json_in()
    def remember(self):
        cherrypy.session["cart"] = cherrypy.request.json["cart"]  # want: T501
        return "saved"


if __name__ == "__main__":
    cherrypy.quickstart(Catalog(), "/", {"/": {"tools.sessions.on": True}})
