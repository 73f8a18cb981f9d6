# label: nosql safe CWE-943
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient()["shop"]


@app.route("/user")
def user():
    name = str(request.args.get("name", ""))
    doc = db.users.find_one({"name": name})
    return {"found": doc is not None}
