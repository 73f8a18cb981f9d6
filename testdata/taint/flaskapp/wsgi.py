from flask import Flask

from . import urls


def make_app():
    app = Flask(__name__)
    urls.register(app)
    return app
