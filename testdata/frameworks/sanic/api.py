import html
import os
import subprocess

from sanic import Blueprint, Sanic, json, text
from sanic.response import file, html as html_response, redirect
from sanic.views import HTTPMethodView

app = Sanic("downloads")
bp = Blueprint("files", url_prefix="/files")
ROOT = "/srv/downloads"


@app.get("/hello/<name:str>")
async def hello(request, name):
    return html_response(f"<h1>Hello {name}</h1>")  # want: T79


@app.get("/hello/<name:str>/safe")
async def hello_safe(request, name):
    page = html_response(f"<h1>Hello {html.escape(name)}</h1>")
    return page if request.args.get("html") else text(f"Hello {name}")


@app.get("/orders/<order_id:int>")
async def order(request, order_id):
    os.system("orderctl show %d" % order_id)
    return text("ok")


@app.get("/orders/<name:str>/archive")
async def archive(request, name):
    os.system("orderctl archive " + name)  # want: T78
    return text("ok")


@bp.get("/get")
async def download(request):
    name = request.args.get("name", "index.txt")
    return await file(os.path.join(ROOT, name))  # want: T22


@bp.get("/get/safe")
async def download_safe(request):
    name = request.args.get("name", "index.txt")
    return await file(os.path.join(ROOT, os.path.basename(name)))


@app.post("/login")
async def login(request):
    return redirect(request.form.get("next", "/"))  # want: T601


@app.post("/ping")
async def ping(request):
    host = request.json.get("host", "localhost")
    out = subprocess.check_output("ping -c 1 " + host, shell=True)  # want: T78
    same = subprocess.check_output(["ping", "-c", "1", "--", host])
    return json({"out": out.decode(), "same": same.decode()})


class LangView(HTTPMethodView):
    async def get(self, request):
        lang = request.headers.get("accept-language", "en")
        response = text("ok")
        response.headers["Content-Language"] = lang  # want: T113
        return response


@app.websocket("/feed")
async def feed(request, ws):
    while True:
        expression = await ws.recv()
        await ws.send(str(eval(expression)))  # want: T94


app.blueprint(bp)
app.add_route(LangView.as_view(), "/lang")
