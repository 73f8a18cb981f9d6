import os
import sqlite3

from litestar import Litestar, MediaType, Request, get
from litestar.response import Redirect


@get("/hello", media_type=MediaType.HTML)
async def hello(name: str) -> str:
    return f"<h1>Hello {name}</h1>"  # want: T79


@get("/hello/json")
async def hello_json(name: str) -> dict:
    return {"greeting": f"Hello {name}"}


@get("/count/{n:int}")
async def count(n: int) -> dict:
    db = sqlite3.connect("app.db")
    return {"rows": db.execute("SELECT * FROM t LIMIT %d" % n).fetchall()}


@get("/notify")
async def notify(request: Request) -> dict:
    who = request.query_params.get("who", "admin")
    os.system("notify " + who)  # want: T78
    return {"ok": True}


@get("/go")
async def go(next_url: str) -> Redirect:
    return Redirect(path=next_url)  # want: T601


app = Litestar(route_handlers=[hello, hello_json, count, notify, go])
