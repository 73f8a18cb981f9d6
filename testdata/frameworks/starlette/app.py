import os
import shlex
import sqlite3

from starlette.applications import Starlette
from starlette.endpoints import HTTPEndpoint, WebSocketEndpoint
from starlette.responses import (
    FileResponse,
    HTMLResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
)
from starlette.routing import Route, WebSocketRoute

REPORTS = "/srv/reports"


async def homepage(request):
    name = request.query_params.get("name", "guest")
    return HTMLResponse(f"<h1>Welcome {name}</h1>")  # want: T79


async def homepage_plain(request):
    name = request.query_params.get("name", "guest")
    return PlainTextResponse(f"Welcome {name}")


async def page(request):
    body = await request.body()
    return Response(body, media_type="text/html")  # want: T79


async def page_download(request):
    body = await request.body()
    return Response(body, media_type="application/octet-stream")


async def login(request):
    form = await request.form()
    target = form.get("next", "/")
    return RedirectResponse(target, status_code=303)  # want: T601


async def login_home(request):
    form = await request.form()
    user = form.get("user", "")
    return RedirectResponse("/welcome", status_code=303, headers={"X-Seen": str(len(user))})


async def report(request):
    name = request.path_params["name"]
    return FileResponse(f"{REPORTS}/{name}.pdf")  # want: T22


async def report_by_number(request):
    number = int(request.path_params["name"])
    return FileResponse(f"{REPORTS}/{number}.pdf")


async def theme(request):
    choice = request.cookies.get("theme", "light")
    response = PlainTextResponse("ok")
    response.set_cookie("theme", choice)  # want: T113
    response.set_cookie("visited", "yes")
    response.headers["X-Theme-Length"] = str(len(choice))
    return response


async def preferences(request):
    data = await request.json()
    request.session["theme"] = data.get("theme", "light")  # want: T501
    request.session["seen"] = True
    return PlainTextResponse("saved")


class Users(HTTPEndpoint):
    async def get(self, request):
        uid = request.path_params["uid"]
        conn = sqlite3.connect("users.db")
        cur = conn.cursor()
        cur.execute("SELECT name FROM users WHERE id = " + uid)  # want: T89
        cur.execute("SELECT name FROM users WHERE id = ?", (uid,))
        return PlainTextResponse(str(cur.fetchone()))


class Notify(WebSocketEndpoint):
    encoding = "text"

    async def on_receive(self, websocket, data):
        os.system("notify-send " + data)  # want: T78
        os.system("notify-send " + shlex.quote(data))
        await websocket.send_text("sent")


async def calculator(websocket):
    await websocket.accept()
    expression = await websocket.receive_text()
    await websocket.send_text(str(eval(expression)))  # want: T94
    await websocket.close()


routes = [
    Route("/", homepage),
    Route("/plain", homepage_plain),
    Route("/page", page, methods=["POST"]),
    Route("/page/download", page_download, methods=["POST"]),
    Route("/login", login, methods=["POST"]),
    Route("/login/home", login_home, methods=["POST"]),
    Route("/reports/{name}", report),
    Route("/reports/{name}/number", report_by_number),
    Route("/users/{uid}", Users),
    Route("/theme", theme),
    Route("/preferences", preferences, methods=["POST"]),
    WebSocketRoute("/notify", Notify),
    WebSocketRoute("/calc", calculator),
]

app = Starlette(debug=False, routes=routes)
