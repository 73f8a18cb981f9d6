# fixture-filename: config/application.py
from masonite.environment import env
from masonite.middleware import VerifyCsrfToken as Middleware

DEBUG = env("APP_DEBUG", True)  # want: K201
KEY = env("APP_KEY", "-RkDOqXojJIlsF_I8wWiUq_KRZ0PtGWTOZ676u5HtLg=")  # want: K202


class VerifyCsrfToken(Middleware):
    exempt = ["*"]  # want: K208


class NarrowCsrf(Middleware):
    exempt = ["/webhooks/stripe"]


CORS = {"allowed_origins": ["*"], "supports_credentials": True, "allowed_methods": ["*"]}  # want: K207
