"""Pony ORM queries written as text versus as generators."""
from flask import Flask, jsonify, request
from pony.orm import Database, Required, db_session, select

app = Flask(__name__)
db = Database()


class Book(db.Entity):
    title = Required(str)
    year = Required(int)


@app.get("/books/text")
@db_session
def books_text():
    title = request.args["title"]
    found = select("b for b in Book if b.title == '%s'" % title)  # want: T94
    return jsonify([b.title for b in found])


@app.get("/books/generator")
@db_session
def books_generator():
    title = request.args["title"]
    found = select(b for b in Book if b.title == title)
    return jsonify([b.title for b in found])


@app.get("/books/filter")
@db_session
def books_filter():
    query = select(b for b in Book)
    found = query.filter("lambda b: b.year > " + request.args["year"])  # want: T94
    return jsonify([b.title for b in found])


@app.get("/books/filter-lambda")
@db_session
def books_filter_lambda():
    year = int(request.args["year"])
    found = select(b for b in Book).filter(lambda b: b.year > year)
    return jsonify([b.title for b in found])
