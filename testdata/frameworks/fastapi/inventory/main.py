import html
import os
import subprocess

from fastapi import APIRouter, Cookie, Depends, FastAPI, File, Header, HTTPException, Query, Request, Response, UploadFile
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse
from pydantic import BaseModel

from . import db

app = FastAPI(title="inventory")
files = APIRouter(prefix="/files")

UPLOAD_DIR = "/srv/uploads"
ALLOWED_NEXT = {"/", "/items", "/files"}


class Item(BaseModel):
    name: str
    note: str = ""


@app.get("/items/{sku}")
def read_item(sku: str):
    return {"rows": db.find_by_sku(sku)}


@app.get("/items/{sku}/safe")
def read_item_safe(sku: str):
    return {"rows": db.find_by_sku_safe(sku)}


@app.get("/hello", response_class=HTMLResponse)
def hello(name: str = Query("world")):
    return HTMLResponse(f"<h1>Hello {name}</h1>")  # want: T79


@app.get("/hello/safe", response_class=HTMLResponse)
def hello_safe(name: str = Query("world")):
    return HTMLResponse(f"<h1>Hello {html.escape(name)}</h1>")


@app.get("/go")
def go(next: str):
    return RedirectResponse(next)  # want: T601


@app.get("/go/safe")
def go_safe(next: str):
    if next not in ALLOWED_NEXT:
        raise HTTPException(status_code=400, detail="bad target")
    return RedirectResponse(next)


@app.post("/items")
def create_item(item: Item):
    subprocess.run("echo " + item.note + " >> notes.txt", shell=True)  # want: T78
    subprocess.run(["/usr/bin/logger", "--", item.note])
    return {"name": item.name}


@app.get("/whoami")
async def whoami(request: Request):
    agent = request.headers.get("user-agent", "")
    return HTMLResponse("<p>" + agent + "</p>")  # want: T79


@app.get("/language")
def language(accept_language: str = Header("en")):
    response = JSONResponse({"ok": True})
    response.headers["Content-Language"] = accept_language  # want: T113
    return response


@app.get("/theme")
def theme(theme: str = Cookie("light")):
    return JSONResponse({"theme": theme})


@files.get("/download")
def download(path: str):
    return FileResponse(os.path.join(UPLOAD_DIR, path))  # want: T22


@files.get("/download/safe")
def download_safe(path: str):
    return FileResponse(os.path.join(UPLOAD_DIR, os.path.basename(path)))


@files.post("/upload")
async def upload(file: UploadFile = File(...)):
    dest = os.path.join(UPLOAD_DIR, file.filename)
    with open(dest, "wb") as out:  # want: T22
        out.write(await file.read())
    return {"stored": file.filename}


app.include_router(files)


def current_tenant(x_tenant: str = Header("public")):
    return db.find_by_sku_safe(x_tenant)


def tenant_report(x_tenant: str = Header("public")):
    os.system("report --tenant " + x_tenant)  # want: T78
    return x_tenant


@app.get("/report")
def report(rows=Depends(current_tenant), tenant=Depends(tenant_report)):
    return {"rows": rows, "tenant": tenant}


@app.get("/items/{item_id}/count")
def count(item_id: int):
    conn = db.connect()
    return {"count": conn.execute("SELECT count(*) FROM items WHERE id = %d" % item_id).fetchone()}


@app.get("/banner", response_class=HTMLResponse)
def banner(text: str):
    return f"<marquee>{text}</marquee>"  # want: T79


@app.get("/banner/json")
def banner_json(text: str):
    return f"<marquee>{text}</marquee>"


@app.get("/out", response_class=RedirectResponse)
def out(to: str):
    return to  # want: T601


@app.post("/prefs")
def prefs(lang: str, response: Response):
    response.set_cookie("lang", lang)  # want: T113
    response.headers["Content-Language"] = lang  # want: T113
    response.set_cookie("seen", "1", secure=True, httponly=True)
    return {"ok": True}
