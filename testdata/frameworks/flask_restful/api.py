import sqlite3
import subprocess

from flask import Flask
from flask_restful import Api, Resource, reqparse

app = Flask(__name__)
api = Api(app)

parser = reqparse.RequestParser()
parser.add_argument("name", type=str)
parser.add_argument("limit", type=int)


class Todo(Resource):
    def get(self, todo_id):
        db = sqlite3.connect("todo.db")
        row = db.execute("SELECT task FROM todos WHERE id = '" + todo_id + "'").fetchone()  # want: T89
        same = db.execute("SELECT task FROM todos WHERE id = ?", (todo_id,)).fetchone()
        return {"task": row[0] if row else same}

    def put(self, todo_id):
        args = parser.parse_args()
        subprocess.run("notify " + args["name"], shell=True)  # want: T78
        subprocess.run(["notify", "--", args["name"]])
        return {"ok": True}, 201


api.add_resource(Todo, "/todos/<todo_id>")
