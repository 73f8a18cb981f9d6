# label: nosql vulnerable CWE-943
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient()["shop"]


@app.route("/products")
def products():
    price = request.args.get("max", "100")
    docs = db.products.find({"$where": "this.price < " + price})  # want: T943
    return {"n": len(list(docs))}
