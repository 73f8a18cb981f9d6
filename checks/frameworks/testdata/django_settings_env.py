# fixture-filename: config/settings/base.py
# django-environ and python-decouple style settings with unsafe fallbacks.
import environ
from decouple import config

env = environ.Env()
INSTALLED_APPS = []
DEBUG = env.bool("DJANGO_DEBUG", default=True)  # want: K201
SECRET_KEY = env("DJANGO_SECRET_KEY", default="!!!SET DJANGO_SECRET_KEY!!!")  # want: K202
DATABASE_PASSWORD = config("DB_PASSWORD")
EMAIL_HOST_PASSWORD = config("EMAIL_PASSWORD", default="")
