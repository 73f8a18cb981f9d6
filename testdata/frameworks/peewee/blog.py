from flask import Flask, jsonify, request
from peewee import SQL, CharField, Model, SqliteDatabase

db = SqliteDatabase("blog.db")
app = Flask(__name__)


class Post(Model):
    title = CharField()
    author = CharField()

    class Meta:
        database = db


@app.route("/posts")
def posts():
    author = request.args.get("author", "")
    rows = Post.raw("SELECT * FROM post WHERE author = '%s'" % author)  # want: T89
    same = Post.raw("SELECT * FROM post WHERE author = ?", author)
    return jsonify([p.title for p in rows] + [p.title for p in same])


@app.route("/posts/sorted")
def posts_sorted():
    column = request.args.get("sort", "title")
    rows = Post.select().order_by(SQL(column))  # want: T89
    cursor = db.execute_sql("SELECT count(*) FROM post WHERE title LIKE '%" + column + "%'")  # want: T89
    return jsonify({"titles": [p.title for p in rows], "count": cursor.fetchone()[0]})
