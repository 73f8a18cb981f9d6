import os
import sqlite3

from markupsafe import escape
from quart import (
    Quart,
    redirect,
    render_template,
    render_template_string,
    request,
    send_file,
    session,
    url_for,
    websocket,
)

app = Quart(__name__)
app.secret_key = os.environ["BLOG_SECRET"]
MEDIA = "/srv/blog/media"


@app.route("/post/<slug>")
async def post(slug):
    db = sqlite3.connect("blog.db")
    row = db.execute("SELECT title, body FROM posts WHERE slug = '%s'" % slug).fetchone()  # want: T89
    return await render_template("post.html", title=row[0], body=row[1])


@app.route("/post/<int:post_id>/raw")
async def post_raw(post_id):
    db = sqlite3.connect("blog.db")
    row = db.execute("SELECT body FROM posts WHERE id = %d" % post_id).fetchone()
    return await render_template("post.html", title="raw", body=row[0])


@app.route("/search")
async def search():
    term = request.args.get("q", "")
    return f"<p>No results for {term}</p>"  # want: T79


@app.route("/search/safe")
async def search_safe():
    term = request.args.get("q", "")
    return f"<p>No results for {escape(term)}</p>"


@app.route("/preview", methods=["POST"])
async def preview():
    form = await request.form
    return await render_template_string(form["body"])  # want: T1336


@app.route("/preview/safe", methods=["POST"])
async def preview_safe():
    form = await request.form
    return await render_template_string("<div>{{ body }}</div>", body=form["body"])


@app.route("/media")
async def media():
    name = request.args.get("name", "logo.png")
    return await send_file(os.path.join(MEDIA, name))  # want: T22


@app.route("/login", methods=["POST"])
async def login():
    data = await request.get_json()
    session["user"] = data["user"]  # want: T501
    return redirect(data.get("next", "/"))  # want: T601


@app.route("/logout")
async def logout():
    session.clear()
    return redirect(url_for("search"))


@app.websocket("/ws")
async def ws():
    while True:
        command = await websocket.receive()
        os.system("blogctl " + command)  # want: T78
