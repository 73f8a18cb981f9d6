import os

from . import views


def register(app):
    # This module never imports flask: the app arrives as a parameter.
    app.add_url_rule("/run/<cmd>", view_func=views.run_command)
    app.add_url_rule("/ping", view_func=views.ping)
