import html

from twisted.internet import reactor
from twisted.web import resource, server


class Hello(resource.Resource):
    isLeaf = True

    def render_GET(self, request):
        name = request.args.get(b"name", [b"world"])[0].decode()
        return ("<h1>Hello %s</h1>" % name).encode()  # want: T79

    def render_POST(self, request):
        name = request.content.read().decode()
        request.write(("<p>%s</p>" % html.escape(name)).encode())
        request.redirect(request.getHeader("referer"))  # want: T601
        request.finish()
        return server.NOT_DONE_YET


root = resource.Resource()
root.putChild(b"hello", Hello())

if __name__ == "__main__":
    reactor.listenTCP(8080, server.Site(root))
    reactor.run()
