# fixture-filename: config/settings/production.py
import environ

env = environ.Env()
INSTALLED_APPS = []
DEBUG = env.bool("DJANGO_DEBUG", default=False)
SECRET_KEY = env("DJANGO_SECRET_KEY")
