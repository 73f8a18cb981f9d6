# label: nosql safe CWE-943
from bson import ObjectId
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient()["blog"]


@app.route("/post")
def post():
    doc = db.posts.find_one({"_id": ObjectId(request.args["id"])})
    return {"title": doc["title"] if doc else None}
