import cherrypy

config = {
    "/": {
        "request.show_tracebacks": True,  # want: K201
        "tools.sessions.on": True,
        "tools.sessions.secure": False,  # want: K204
        "tools.sessions.httponly": False,  # want: K205
    }
}
quiet = {"request.show_tracebacks": False, "tools.sessions.secure": True}
cherrypy.quickstart(Root(), "/", config)
