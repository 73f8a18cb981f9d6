import html
import os
import sqlite3

from markupsafe import escape
from pyramid.httpexceptions import HTTPFound
from pyramid.response import FileResponse, Response
from pyramid.view import view_config, view_defaults

ATTACHMENTS = "/srv/wiki/attachments"


def db():
    return sqlite3.connect("wiki.db")


@view_config(route_name="page", renderer="templates/page.jinja2")
def page(request):
    name = request.matchdict["name"]
    row = db().execute("SELECT title, body FROM pages WHERE name = ?", (name,)).fetchone()
    return {"title": row[0], "body": row[1]}


@view_config(route_name="search")
def search(request):
    term = request.params.get("q", "")
    rows = db().execute("SELECT name FROM pages WHERE body LIKE '%" + term + "%'").fetchall()  # want: T89
    return Response("<p>Results for %s: %d</p>" % (term, len(rows)))  # want: T79


@view_config(route_name="search", request_param="safe")
def search_safe(request):
    term = request.params.get("q", "")
    rows = db().execute("SELECT name FROM pages WHERE body LIKE ?", ("%" + term + "%",)).fetchall()
    text = Response("Results for %s" % term, content_type="text/plain")
    page = Response("<p>Results for %s: %d</p>" % (html.escape(term), len(rows)))
    return text if request.params.get("plain") else page


@view_config(route_name="go")
def go(request):
    return HTTPFound(location=request.GET.get("to", "/"))  # want: T601


@view_config(route_name="go", request_method="POST")
def go_home(request):
    return HTTPFound(location=request.route_url("page", name=request.POST.get("name", "home")))


@view_config(route_name="attachment")
def attachment(request):
    name = request.matchdict["name"]
    return FileResponse(os.path.join(ATTACHMENTS, name), request=request)  # want: T22


@view_config(route_name="attachment", request_method="HEAD")
def attachment_head(request):
    name = os.path.basename(request.matchdict["name"])
    return FileResponse(os.path.join(ATTACHMENTS, name), request=request)


@view_config(route_name="page", request_method="POST")
def page_preview(context, request):
    request.response.text = "<div>%s</div>" % request.POST.get("body", "")  # want: T79
    request.response.location = request.POST.get("next", "/")  # want: T601
    return request.response


@view_defaults(route_name="edit")
class EditViews:
    def __init__(self, request):
        self.request = request

    @view_config(request_method="POST")
    def save(self):
        body = self.request.json_body["body"]
        return Response("<div>%s</div>" % body)  # want: T79

    @view_config(request_method="GET")
    def form(self):
        name = self.request.matchdict["name"]
        return Response("<h1>Editing %s</h1>" % escape(name))
