# fixture-filename: proj/settings.py
# A Django settings module that sets the same insecure settings on several
# lines: each offending assignment is reported on its own line.
import os

ROOT_URLCONF = "proj.urls"
DEBUG = True  # want: K201
ALLOWED_HOSTS = ["*"]  # want: K203
SESSION_COOKIE_SECURE, CSRF_COOKIE_SECURE = False, False  # want: K204
X_FRAME_OPTIONS = "ALLOWALL"  # want: K226
AUTH_PASSWORD_VALIDATORS = []  # want: K227

if os.environ.get("STAGE") == "dev":
    DEBUG = True  # want: K201
    ALLOWED_HOSTS = ["*"]  # want: K203
    SESSION_COOKIE_SECURE = False  # want: K204
    SESSION_COOKIE_HTTPONLY = False  # want: K205
    SECURE_SSL_REDIRECT = False  # want: K223
    X_FRAME_OPTIONS = "ALLOWALL"  # want: K226
else:
    DEBUG = False
    ALLOWED_HOSTS = ["www.example.com"]
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    SECURE_SSL_REDIRECT = True
    X_FRAME_OPTIONS = "DENY"

try:
    from .local import *  # noqa: F403
except ImportError:
    DEBUG: bool = True  # want: K201
    SECRET_KEY = "dev-only-key"  # want: K202, B105
    SECURE_SSL_REDIRECT = False  # want: K223


def configure():
    # function bodies are not read in settings modules
    DEBUG = True
    return DEBUG


class Settings:
    # nor are class bodies, for Django's own settings
    DEBUG = True
