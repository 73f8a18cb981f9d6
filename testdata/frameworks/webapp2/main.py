import cgi
import os

import webapp2


class GreetHandler(webapp2.RequestHandler):
    def get(self):
        name = self.request.get("name")
        self.response.write("<h1>Hello %s</h1>" % name)  # want: T79
        self.response.out.write("<p>%s</p>" % cgi.escape(name))


class FileHandler(webapp2.RequestHandler):
    def get(self, filename):
        with open(os.path.join("/srv/files", filename)) as fh:  # want: T22
            self.response.write(cgi.escape(fh.read()))


class GoHandler(webapp2.RequestHandler):
    def get(self):
        self.redirect(self.request.get("to", "/"))  # want: T601

    def post(self):
        self.redirect("/done")


app = webapp2.WSGIApplication([
    ("/greet", GreetHandler),
    (r"/files/(\w+)", FileHandler),
    ("/go", GoHandler),
])
