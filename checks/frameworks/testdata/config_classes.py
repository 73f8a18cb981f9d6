# fixture-filename: app/config.py
# Flask-style configuration classes in a module that does not import Flask.
import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY") or "hard to guess string"  # want: K202
    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD")


class ProductionConfig(Config):
    SECRET_KEY = os.environ["SECRET_KEY"]


class Cache:
    SECRET_KEY = compute()
