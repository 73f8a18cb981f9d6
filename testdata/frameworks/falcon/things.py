import os
import sqlite3

import falcon

DB = "things.db"
ALLOWED_NEXT = ("/", "/things")


class ThingsResource:
    def on_get(self, req, resp):
        owner = req.get_param("owner") or ""
        conn = sqlite3.connect(DB)
        rows = conn.execute("SELECT name FROM things WHERE owner = '%s'" % owner).fetchall()  # want: T89
        page = req.get_param_as_int("page") or 0
        more = conn.execute("SELECT name FROM things LIMIT 20 OFFSET %d" % (page * 20)).fetchall()
        resp.media = {"things": [r[0] for r in rows + more]}

    def on_post(self, req, resp):
        tags = req.get_param_as_list("tag") or []
        conn = sqlite3.connect(DB)
        conn.execute("INSERT INTO tags VALUES (?)", (",".join(tags),))
        resp.status = falcon.HTTP_201


class ThingResource:
    def on_get(self, req, resp, thing_id):
        os.system("thingctl show " + thing_id)  # want: T78
        resp.media = {"id": thing_id}


class OrderResource:
    def on_get(self, req, resp, order_id):
        os.system("orderctl show %d" % order_id)
        resp.location = req.get_header("X-Return-To")  # want: T601
        resp.status = falcon.HTTP_303


class LoginResource:
    def on_post(self, req, resp):
        target = req.get_param("next", default="/")
        raise falcon.HTTPFound(target)  # want: T601

    def on_get(self, req, resp):
        target = req.get_param("next", default="/")
        if target not in ALLOWED_NEXT:
            raise falcon.HTTPBadRequest(title="bad target")
        raise falcon.HTTPSeeOther(target)


class TraceResource:
    def on_get(self, req, resp):
        trace = req.get_param("trace", default="none")
        resp.append_header("X-Trace", trace)  # want: T113
        resp.append_header("X-Trace-Length", str(len(trace)))


app = falcon.App()
app.add_route("/things", ThingsResource())
app.add_route("/things/{thing_id}", ThingResource())
app.add_route("/orders/{order_id:int}", OrderResource())
app.add_route("/login", LoginResource())
app.add_route("/trace", TraceResource())
