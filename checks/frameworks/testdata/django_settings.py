# fixture-filename: mysite/settings.py
# A Django settings module with every insecure setting krait knows.
import os

SECRET_KEY = "django-insecure-0123456789abcdef"  # want: K202, B105
DEBUG = True  # want: K201
ALLOWED_HOSTS = ["*"]  # want: K203
INSTALLED_APPS = ["django.contrib.auth", "django.contrib.sessions"]
MIDDLEWARE = [  # want: K208
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]
SESSION_COOKIE_SECURE = False  # want: K204
SESSION_COOKIE_HTTPONLY = False  # want: K205
CSRF_COOKIE_SAMESITE = None  # want: K206
SECURE_SSL_REDIRECT = False  # want: K223
SESSION_SERIALIZER = "django.contrib.sessions.serializers.PickleSerializer"  # want: K222
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.MD5PasswordHasher",  # want: K221
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "OPTIONS": {"autoescape": False},  # want: K210
    }
]
CORS_ALLOW_ALL_ORIGINS = True  # want: K207
CORS_ALLOW_CREDENTIALS = True
