import os

from flask import Flask, make_response
from flask_cors import CORS

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]
app.config["DEBUG"] = os.environ.get("FLASK_DEBUG") == "1"
app.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Lax")
app.config["WTF_CSRF_ENABLED"] = True
CORS(app, origins=["https://app.example.com"], supports_credentials=True)
CORS(app)  # wildcard without credentials: public API
CORS(app, resources={r"/api/*": {"origins": "https://app.example.com"}}, supports_credentials=True)
CORS(app, origins=ALLOWED_ORIGINS, supports_credentials=True)  # computed: unknown


class TestingConfig:
    WTF_CSRF_ENABLED = False  # test configuration


def view():
    resp = make_response("ok")
    resp.set_cookie("sid", "x", secure=True, httponly=True, samesite="Strict")
    return resp


def test_view(client):
    client.set_cookie("localhost", "sid", "value")  # a test client sets a request cookie


from itsdangerous import URLSafeTimedSerializer

tokens = URLSafeTimedSerializer(app.config["SECRET_KEY"])
