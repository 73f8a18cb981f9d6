# fixture-filename: tools/report.py
# A script, not a settings module: DEBUG and SECRET_KEY mean nothing here.
DEBUG = True
SECRET_KEY = os.environ.get("X", "")
ALLOWED_HOSTS = ["*"]
SECURE_SSL_REDIRECT = False


class Settings:
    DEBUG = True


def f(app):
    app.debug = True
    resp.set_cookie("a", "b")
