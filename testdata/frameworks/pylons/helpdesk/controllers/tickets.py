import sqlite3

from pylons import request, response
from pylons.controllers.util import redirect
from webhelpers.html import escape, literal

from helpdesk.lib.base import BaseController, render


class TicketsController(BaseController):
    def show(self, id):
        db = sqlite3.connect("helpdesk.db")
        row = db.execute("SELECT subject FROM tickets WHERE id = '%s'" % id).fetchone()  # want: T89
        return "<h1>%s</h1>" % escape(row[0] if row else "")

    def search(self):
        term = request.params.get("q", "")
        return "<p>Results for %s</p>" % term  # want: T79

    def preview(self):
        body = request.POST.get("body", "")
        return literal("<div>%s</div>" % body)  # want: T79

    def preview_safe(self):
        body = request.POST.get("body", "")
        return literal("<div>%s</div>") % escape(body)

    def index(self):
        return render("/tickets/index.mako")

    def update(self, id):
        redirect(request.params.get("came_from", "/tickets"))  # want: T601
