# A Flask configuration module with config classes.
import os

from flask import Flask


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY") or "hard to guess string"  # want: K202
    SESSION_COOKIE_SECURE = False  # want: K204


class ProductionConfig(Config):
    SESSION_COOKIE_SECURE = True
