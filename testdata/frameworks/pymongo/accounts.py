"""User accounts stored in MongoDB, served with Flask."""
import json

from bson import ObjectId
from flask import Flask, abort, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
client = MongoClient("mongodb://localhost:27017")
db = client.accounts
users = db["users"]


@app.route("/login", methods=["POST"])
def login():
    data = request.get_json()
    user = users.find_one({"name": data["name"], "password": data["password"]})  # want: T943
    return jsonify({"ok": user is not None})


@app.route("/login/safe", methods=["POST"])
def login_safe():
    data = request.get_json()
    user = users.find_one({"name": str(data["name"]), "password": str(data["password"])})
    return jsonify({"ok": user is not None})


@app.route("/users/<oid>")
def show(oid):
    user = users.find_one({"_id": ObjectId(oid)})
    if user is None:
        abort(404)
    return jsonify({"name": user["name"]})


@app.route("/search")
def search():
    criteria = json.loads(request.args.get("q", "{}"))
    found = users.find(criteria)  # want: T943
    return jsonify([u["name"] for u in found])


@app.route("/older")
def older():
    age = request.args.get("age", "0")
    found = users.find({"$where": "this.age > " + age})  # want: T943
    adults = users.find({"age": {"$gt": int(age)}})
    return jsonify([u["name"] for u in found] + [u["name"] for u in adults])


@app.route("/promote", methods=["POST"])
def promote():
    changes = request.get_json()
    users.update_one({"name": "guest"}, {"$set": changes})  # want: T943
    users.update_one({"name": "guest"}, {"$set": {"role": "member"}})
    return jsonify({"ok": True})
