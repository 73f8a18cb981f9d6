import os
import sqlite3

import bottle
from bottle import Bottle, html_escape, redirect, request, response, static_file, template

app = Bottle()
PHOTOS = "/srv/photos"
THEMES = {"light": "/srv/themes/light", "dark": "/srv/themes/dark"}


@app.route("/hello/<name>")
def hello(name):
    return "<h1>Hello %s</h1>" % name  # want: T79


@app.route("/hello/<name>/safe")
def hello_safe(name):
    return "<h1>Hello %s</h1>" % html_escape(name)


@app.get("/gallery")
def gallery():
    title = request.query.get("title", "Gallery")
    return template("gallery", title=title, photos=os.listdir(PHOTOS))


@app.get("/preview")
def preview():
    layout = request.query.layout
    return template(layout, title="preview", photos=[])  # want: T1336


@app.get("/theme/<theme>/<filename:path>")
def theme_file(theme, filename):
    return static_file(filename, root=THEMES.get(theme, THEMES["light"]))


@app.get("/theme/custom/<filename:path>")
def custom_theme_file(filename):
    return static_file(filename, root=request.get_cookie("theme_dir"))  # want: T22


@app.post("/upload")
def upload():
    photo = request.files.get("photo")
    photo.save(os.path.join(PHOTOS, request.forms.get("album", "")))  # want: T22
    return "stored"


@app.get("/photos/<photo_id:int>")
def photo(photo_id):
    db = sqlite3.connect("photos.db")
    row = db.execute("SELECT name FROM photos WHERE id = %d" % photo_id).fetchone()
    return {"name": row[0] if row else None}


@app.post("/upload/named")
def upload_named():
    photo = request.files.get("photo")
    photo.save(os.path.join(PHOTOS, photo.filename))
    return "stored"


@app.get("/photos/search")
def search():
    tag = request.params.get("tag", "")
    db = sqlite3.connect("photos.db")
    rows = db.execute("SELECT name FROM photos WHERE tag = '" + tag + "'").fetchall()  # want: T89
    same = db.execute("SELECT name FROM photos WHERE tag = ?", (tag,)).fetchall()
    response.content_type = "application/json"
    return {"photos": [r[0] for r in rows + same]}


@app.post("/login")
def login():
    target = request.forms.get("next", "/")
    redirect(target)  # want: T601


@app.post("/logout")
def logout():
    response.delete_cookie("session")
    redirect("/")


@app.get("/lang")
def lang():
    choice = request.headers.get("Accept-Language", "en")
    response.set_header("Content-Language", choice)  # want: T113
    return "ok"


if __name__ == "__main__":
    bottle.run(app, host="127.0.0.1", port=8080)
