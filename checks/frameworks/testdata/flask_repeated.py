# A Flask application whose debug and key settings are written on several
# lines: each offending assignment is reported on its own line.
from flask import Flask

app = Flask(__name__)
app.debug = True  # want: K201
app.secret_key = "first-secret-value"  # want: K202, B105
app.jinja_env.autoescape = False  # want: K210


def create_app():
    new_app = Flask(__name__)
    new_app.debug = True  # want: K201
    new_app.secret_key = "second-secret-value"  # want: K202, B105
    new_app.jinja_env.autoescape = False  # want: K210
    new_app.config["SESSION_COOKIE_SECURE"] = False  # want: K204
    return new_app


def create_test_app():
    test_app = Flask(__name__)
    test_app.debug = False
    test_app.secret_key = os_secret()
    test_app.jinja_env.autoescape = True
    return test_app


def os_secret():
    import os

    return os.environ["SECRET_KEY"]


class BaseConfig:
    SESSION_COOKIE_SECURE = False  # want: K204
    WTF_CSRF_ENABLED = False  # want: K208


class ProductionConfig(BaseConfig):
    SESSION_COOKIE_SECURE = True
    WTF_CSRF_ENABLED = True
