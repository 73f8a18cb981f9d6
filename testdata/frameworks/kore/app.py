import html

import kore


class Notes:
    def configure(self, args):
        kore.config.workers = 1
        kore.server("default", ip="127.0.0.1", port="8888", tls=False)
        dom = kore.domain("*", attach="default")
        dom.route("/note", self.note, methods=["get"], qs={"id": r"^[a-z0-9]+$"})
        dom.route("/ping", self.ping, methods=["get"], qs={"host": r"^.*$"})

    async def note(self, req):
        req.populate_get()
        note_id = req.argument("id")
        rows = await kore.dbquery("notes", "SELECT body FROM notes WHERE id = '" + note_id + "'")  # want: T89
        same = await kore.dbquery("notes", "SELECT body FROM notes WHERE id = $1", params=[note_id])
        req.response_header("content-type", "text/html")
        req.response(200, html.escape(str(rows + same)).encode())

    async def ping(self, req):
        req.populate_get()
        host = req.argument("host")
        proc = kore.proc("/bin/ping -c 1 " + host)  # want: T78
        req.response_header("x-pinged", host)  # want: T113
        req.response(200, await proc.recv(1024))


koreapp = Notes()


@kore.route("^/lang/([a-z]+)$", methods=["get"])
def lang(req, code):
    req.response_header("content-language", code)  # want: T113
    req.response(200, b"ok")
