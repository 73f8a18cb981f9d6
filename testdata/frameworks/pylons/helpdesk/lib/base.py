from pylons.controllers import WSGIController
from pylons.templating import render_mako as render


class BaseController(WSGIController):
    def __call__(self, environ, start_response):
        return WSGIController.__call__(self, environ, start_response)
