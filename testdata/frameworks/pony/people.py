"""A people directory on Pony ORM."""
from flask import Flask, jsonify, request
from pony.orm import Database, Required, db_session, raw_sql, select

db = Database()


class Person(db.Entity):
    name = Required(str)
    city = Required(str)


db.bind(provider="sqlite", filename="people.sqlite", create_db=True)
db.generate_mapping(create_tables=True)
app = Flask(__name__)


@app.route("/people")
@db_session
def people():
    city = request.args.get("city", "")
    rows = db.select("SELECT name FROM Person WHERE city = '" + city + "'")  # want: T89
    same = db.select("SELECT name FROM Person WHERE city = $city")
    return jsonify(list(rows) + list(same))


@app.route("/people/generator")
@db_session
def people_generator():
    city = request.args.get("city", "")
    found = select(p.name for p in Person if p.city == city)[:]
    return jsonify(list(found))


@app.route("/people/raw")
@db_session
def people_raw():
    order = request.args.get("order", "name")
    found = select(p for p in Person).order_by(raw_sql("p." + order))[:]  # want: T89
    return jsonify([p.name for p in found])


@app.route("/people/purge", methods=["POST"])
@db_session
def purge():
    city = request.form["city"]
    db.execute(f"DELETE FROM Person WHERE city = '{city}'")  # want: T89
    return jsonify({"ok": True})
