import aiohttp_cors
import aiohttp_debugtoolbar
import aiohttp_jinja2
from aiohttp import web
from aiohttp_session import setup
from aiohttp_session.cookie_storage import EncryptedCookieStorage

app = web.Application(debug=True)  # want: K201
aiohttp_debugtoolbar.setup(app)  # want: K201
setup(app, EncryptedCookieStorage(b"Thirty  two  length  bytes  key."))  # want: K202, K204
setup(app, EncryptedCookieStorage(load_key(), secure=True))
aiohttp_jinja2.setup(app, loader=LOADER, autoescape=False)  # want: K210
cors = aiohttp_cors.setup(app, defaults={
    "*": aiohttp_cors.ResourceOptions(allow_credentials=True, expose_headers="*"),  # want: K207
    "https://app.example.com": aiohttp_cors.ResourceOptions(allow_credentials=True),
})


async def handler(request):
    resp = web.Response(text="ok")
    resp.set_cookie("sid", "v", secure=True)  # want: K205
    return resp
