import html
import os
import shlex

import aiohttp
import aiosqlite
import aiohttp_session
from aiohttp import web

routes = web.RouteTableDef()
MEDIA = "/srv/media"
PARTNERS = {"https://api.partner.example/status"}


@routes.get("/hello/{name}")
async def hello(request):
    name = request.match_info["name"]
    return web.Response(text=f"<h1>Hello {name}</h1>", content_type="text/html")  # want: T79


@routes.get("/hello/{name}/safe")
async def hello_safe(request):
    name = request.match_info["name"]
    plain = web.Response(text=f"Hello {name}")
    escaped = web.Response(text=f"<h1>Hello {html.escape(name)}</h1>", content_type="text/html")
    return plain if request.query.get("plain") else escaped


@routes.get("/media")
async def media(request):
    path = request.query.get("file", "index.txt")
    return web.FileResponse(os.path.join(MEDIA, path))  # want: T22


@routes.get("/media/safe")
async def media_safe(request):
    path = request.query.get("file", "index.txt")
    return web.FileResponse(os.path.join(MEDIA, os.path.basename(path)))


@routes.post("/login")
async def login(request):
    form = await request.post()
    raise web.HTTPFound(form.get("next", "/"))  # want: T601


@routes.post("/remember")
async def remember(request):
    form = await request.post()
    session = await aiohttp_session.get_session(request)
    session["user"] = form.get("user", "")  # want: T501
    session["remembered"] = True
    return web.json_response({"ok": True})


@routes.get("/proxy")
async def proxy(request):
    url = request.query["url"]
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as resp:  # want: T918
            return web.Response(text=await resp.text())


@routes.get("/proxy/safe")
async def proxy_safe(request):
    url = request.query["url"]
    if url not in PARTNERS:
        raise web.HTTPBadRequest(text="unknown partner")
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as resp:
            return web.Response(text=await resp.text())


async def search(request):
    body = await request.json()
    async with aiosqlite.connect("shop.db") as db:
        await db.execute("SELECT * FROM items WHERE name = '%s'" % body["name"])  # want: T89
        await db.execute("SELECT * FROM items WHERE name = ?", (body["name"],))
    return web.json_response({"ok": True})


async def convert(request):
    fmt = request.headers.get("X-Format", "png")
    os.system("convert in.bmp out." + fmt)  # want: T78
    os.system("convert in.bmp out." + shlex.quote(fmt))
    return web.json_response({"format": fmt})


async def lookup_owner(request):
    # Called from several handlers; its request parameter has no annotation.
    owner = request.match_info.get("owner", "")
    os.system("owners --show " + owner)  # want: T78
    return owner


class ThemeView(web.View):
    async def get(self):
        theme = self.request.cookies.get("theme", "light")
        resp = web.json_response({"theme": theme})
        resp.headers["X-Theme"] = theme  # want: T113
        return resp


app = web.Application()
app.add_routes(routes)
app.router.add_post("/search", search)
app.add_routes([web.get("/convert", convert), web.view("/theme", ThemeView)])

if __name__ == "__main__":
    web.run_app(app, host="127.0.0.1")
