import json

from flask import Flask, jsonify, request
from mongoengine import Document, IntField, StringField, connect

app = Flask(__name__)
connect("club")


class Member(Document):
    name = StringField(required=True)
    age = IntField()


@app.route("/members")
def members():
    query = json.loads(request.args.get("q", "{}"))
    found = Member.objects(__raw__=query)  # want: T943
    return jsonify([m.name for m in found])


@app.route("/members/older")
def older():
    age = request.args.get("age", "0")
    found = Member.objects.where("this.age > " + age)  # want: T94
    safe = Member.objects(age__gt=int(age))
    return jsonify([m.name for m in found] + [m.name for m in safe])
