# fixture-filename: proj/settings/production.py
INSTALLED_APPS = []
X_FRAME_OPTIONS = "ALLOWALL"  # want: K226
AUTH_PASSWORD_VALIDATORS = []  # want: K227
