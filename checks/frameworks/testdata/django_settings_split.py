# fixture-filename: mysite/settings/dev.py
# A settings package module (recognised by its directory) that extends a
# base module: the middleware list is not literal here, nothing to judge.
from .base import *  # noqa

DEBUG = True  # want: K201
MIDDLEWARE += ["debug_toolbar.middleware.DebugToolbarMiddleware"]
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "dev-only-key")  # want: K202
