import os

from pyramid.authentication import AuthTktAuthenticationPolicy
from pyramid.config import Configurator
from pyramid.session import SignedCookieSessionFactory
from pyramid.view import view_config

factory = SignedCookieSessionFactory("itsaseekreet")  # want: K202, K204, K205
good = SignedCookieSessionFactory(os.environ["SESSION_SECRET"], secure=True, httponly=True)
policy = AuthTktAuthenticationPolicy(os.environ["AUTH_SECRET"], secure=True)  # want: K205


@view_config(route_name="hook", request_method="POST", require_csrf=False)  # want: K209
def hook(request):
    return {}


def main(global_config, **settings):
    config = Configurator(settings=settings)
    config.include("pyramid_debugtoolbar")  # want: K201
    config.include("pyramid_jinja2")
    config.set_default_csrf_options(require_csrf=False)  # want: K208
    config.set_session_factory(factory)
    return config.make_wsgi_app()
