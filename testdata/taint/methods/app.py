import dataclasses
import os
import typing
from dataclasses import dataclass
import sqlite3
from flask import Flask, request

app = Flask(__name__)


class Repo:
    def __init__(self, path):
        self.conn = sqlite3.connect(path)
        self.table = "users"

    def find(self, name):
        cur = self.conn.cursor()
        cur.execute("SELECT * FROM " + self.table + " WHERE name = '" + name + "'")  # want: T89
        return cur.fetchall()

    def find_safe(self, name):
        cur = self.conn.cursor()
        cur.execute("SELECT * FROM users WHERE name = ?", (name,))
        return cur.fetchall()


class Command:
    def __init__(self, arg):
        self.arg = arg
        self.fixed = "ls"

    def run(self):
        os.system("echo " + self.arg)  # want: T78

    def run_fixed(self):
        os.system(self.fixed)


class Handler:
    def load(self):
        self.value = request.args["v"]

    def use(self):
        os.system(self.value)  # want: T78


class Base:
    def execute(self, cmd):
        os.system(cmd)  # want: T78

    def go(self, cmd):
        self.execute(cmd)


class Child(Base):
    def start(self, x):
        self.go(x)


@app.route("/repo")
def repo():
    r = Repo("app.db")
    r.find(request.args["name"])
    r.find_safe(request.args["name"])
    return "ok"


@app.route("/cmd")
def cmd():
    c = Command(request.args["a"])
    c.run()
    c.run_fixed()
    safe = Command("constant")
    safe.run()
    return "ok"


@app.route("/inherit")
def inherit():
    Child().start(request.args["x"])
    return "ok"


class Exporter:
    def export(self, value):
        return "exported"

    def run(self, value):
        return self.export(value)


class ShellExporter(Exporter):
    def export(self, value):
        os.system("export-tool " + value)  # want: T78
        return "done"


@app.route("/dispatch")
def dispatch():
    exporter = ShellExporter()
    exporter.run(request.args["v"])
    return "ok"


@dataclass
class Req:
    q: str
    n: int = 0
    tag: str = "plain"

    def shell(self):
        os.system("echo " + self.q)  # want: T78


@dataclasses.dataclass(frozen=True)
class Labelled(Req):
    label: str = "x"


class Pair(typing.NamedTuple):
    a: str
    b: str


@app.route("/records")
def records():
    p = request.args["p"]
    r = Req(p)
    os.system("echo %s" % r.tag)
    os.system("echo " + r.q)  # want: T78
    r.shell()
    k = Req(q="ls", tag=p)
    os.system("echo " + k.q)
    os.system("echo " + k.tag)  # want: T78
    lab = Labelled("ls", 1, "t", p)
    os.system("echo " + lab.tag)
    os.system("echo " + lab.label)  # want: T78
    pair = Pair("safe", p)
    os.system("echo " + pair.a)
    os.system("echo " + pair.b)  # want: T78
    return "ok"


class Store:
    def __init__(self):
        self.items = {}

    def put(self, key, value):
        self.items[key] = value

    def get(self, key):
        return self.items.get(key)

    def read(self, key):
        return self.items[key]


@app.route("/store")
def store():
    s = Store()
    s.put("user", request.args.get("p", ""))
    s.put("tool", "uptime")
    os.system(s.get("tool"))
    os.system(s.read("tool"))
    os.system(s.get("user"))  # want: T78
    os.system(s.read("user"))  # want: T78
    s.put(request.args["k"], "x")
    os.system(s.get("tool"))
    s.put(request.args["k"], request.args["v"])
    os.system(s.get("tool"))  # want: T78
    return "ok"
