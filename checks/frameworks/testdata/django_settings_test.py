# fixture-filename: mysite/settings/test.py
# Test settings use a fast hasher on purpose (no K221).
INSTALLED_APPS = []
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
AUTH_PASSWORD_VALIDATORS = []
