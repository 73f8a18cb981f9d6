import kore


@kore.route("^/go$", methods=["get"])
def go(req):
    req.populate_get()
    target = req.argument("to")
    req.response_header("location", target)  # want: T113 T601
    req.response(302, b"")


@kore.route("^/home$", methods=["get"])
def home(req):
    req.response_header("location", "/index")
    req.response(302, b"")
