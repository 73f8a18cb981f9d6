import json
import os
import sqlite3
import subprocess

import tornado.escape
import tornado.httpclient
import tornado.ioloop
import tornado.log
import tornado.template
import tornado.web
import tornado.websocket

DB = sqlite3.connect("notes.db")
NOTES_DIR = "/var/notes"


class HelloHandler(tornado.web.RequestHandler):
    def get(self):
        name = self.get_argument("name", "world")
        self.write("<h1>Hello, %s</h1>" % name)  # want: T79

    def put(self):
        tornado.log.app_log.warning("rename requested by %s", self.get_argument("who", ""))  # want: T117

    def post(self):
        name = self.get_body_argument("name", "world")
        self.write("<h1>Hello, %s</h1>" % tornado.escape.xhtml_escape(name))


class ProfileHandler(tornado.web.RequestHandler):
    def get(self, username):
        self.render("profile.html", name=username)


class NoteHandler(tornado.web.RequestHandler):
    def get(self, note_id):
        cur = DB.cursor()
        cur.execute("SELECT body FROM notes WHERE id = '%s'" % note_id)  # want: T89
        cur.execute("SELECT body FROM notes WHERE id = ?", (note_id,))
        self.finish({"body": cur.fetchone()[0]})

    def put(self, note_id):
        path = os.path.join(NOTES_DIR, note_id)
        with open(path, "wb") as out:  # want: T22
            out.write(self.request.body)


class ImportHandler(tornado.web.RequestHandler):
    async def post(self):
        payload = json.loads(self.request.body)
        subprocess.call("tar xf " + payload["archive"], shell=True)  # want: T78
        subprocess.call(["tar", "xf", payload["archive"]])


class LoginHandler(tornado.web.RequestHandler):
    def get(self):
        target = self.get_query_argument("next", "/")
        self.redirect(target)  # want: T601

    def post(self):
        self.redirect(self.reverse_url("home"))


class LangHandler(tornado.web.RequestHandler):
    def get(self):
        lang = self.get_cookie("lang", "en")
        self.set_header("Content-Language", lang)  # want: T113
        self.set_header("X-Lang-Length", str(len(lang)))
        self.set_cookie("lang", self.get_query_argument("lang", "en"))  # want: T113
        self.set_cookie("seen", "1")


class PreviewHandler(tornado.web.RequestHandler):
    def post(self):
        source = self.get_argument("template")
        page = tornado.template.Template(source)  # want: T1336
        self.write(page.generate())

    def get(self):
        page = tornado.template.Template("<p>{{ text }}</p>")
        self.write(page.generate(text=self.get_argument("text", "")))


class FetchHandler(tornado.web.RequestHandler):
    async def get(self):
        client = tornado.httpclient.AsyncHTTPClient()
        target = self.get_argument("url")
        response = await client.fetch(target)  # want: T918
        status = await client.fetch("https://status.example.com/health")
        self.finish({"code": response.code, "status": status.code})


class ChatSocket(tornado.websocket.WebSocketHandler):
    def on_message(self, message):
        result = eval(message)  # want: T94
        self.write_message(str(result))


def make_app():
    return tornado.web.Application(
        [
            tornado.web.url(r"/", HelloHandler, name="home"),
            (r"/profile/([a-z]+)", ProfileHandler),
            (r"/notes/([0-9a-f]+)", NoteHandler),
            (r"/import", ImportHandler),
            (r"/login", LoginHandler),
            (r"/lang", LangHandler),
            (r"/preview", PreviewHandler),
            (r"/fetch", FetchHandler),
            (r"/chat", ChatSocket),
        ],
        template_path="templates",
        xsrf_cookies=True,
    )


if __name__ == "__main__":
    make_app().listen(8888)
    tornado.ioloop.IOLoop.current().start()
