import collections
import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/dict")
def dict_keys():
    param = request.args.get("p", "")
    m = {}
    m["keyA"] = "a-value"
    m["keyB"] = param
    m["keyC"] = "another"
    safe = m["keyA"]
    os.system(safe)
    bar = m["keyB"]
    os.system(bar)  # want: T78
    return "ok"


@app.route("/dictlit")
def dict_literal():
    d = {"cmd": request.form["c"], "fixed": "ls"}
    os.system(d["fixed"])
    os.system(d["cmd"])  # want: T78
    os.system(d.get("fixed"))
    os.system(d.get("cmd"))  # want: T78
    values = {"keyA": "a-Value", "keyB": "b-Value"}
    os.system(values.get("keyA", d["cmd"]))
    os.system(values.get("keyC", d["cmd"]))  # want: T78
    if d["cmd"]:
        values = {"keyB": "b-Value"}
    os.system(values.get("keyA", d["cmd"]))  # want: T78
    gone = {"keyA": "a-Value"}
    del gone[d["cmd"]]
    os.system(gone.get("keyA", d["cmd"]))  # want: T78
    return "ok"


@app.route("/listremove")
def list_remove():
    param = request.args.get("p", "")
    bar = "alsosafe"
    lst = []
    lst.append("safe")
    lst.append(param)
    lst.append("moresafe")
    lst.remove("safe")
    bar = lst[0]
    os.system(bar)  # want: T78
    items = [param, "safe"]
    items.remove(param)
    os.system("echo " + items[0])
    kept = ["safe", param + "x"]
    kept.remove(param)
    os.system("echo " + kept[0])  # want: T78
    return "ok"


@app.route("/listpop")
def list_pop():
    param = request.args.get("p", "")
    lst = []
    lst.append("safe")
    lst.append(param)
    lst.append("moresafe")
    lst.pop(0)
    bar = lst[1]
    os.system(bar)
    lst2 = ["a", param]
    lst2[1] = "b"
    os.system(lst2[1])
    q = collections.deque()
    q.append("safe")
    q.append(param)
    q.pop()
    os.system(q[0])
    q.append(param)
    q.popleft()
    os.system(q[0])  # want: T78
    q.appendleft("safe")
    os.system(q[0])
    os.system(q[1])  # want: T78
    q.rotate(1)
    os.system(q[0])  # want: T78
    return "ok"


@app.route("/tuple")
def tuples():
    a, b = "fixed", request.args["x"]
    os.system(a)
    os.system(b)  # want: T78
    first, *rest = [request.args["y"], "z"]
    os.system(first)  # want: T78
    t = ("ls", request.args["t"])
    os.system(t[0])
    os.system(t[1])  # want: T78
    return "ok"


@app.route("/loop")
def loops():
    names = request.args.getlist("n")
    for n in names:
        os.system("echo " + n)  # want: T78
    for k in ["a", "b"]:
        os.system("echo " + k)
    acc = ""
    for part in request.args.getlist("parts"):
        acc += part
    os.system(acc)  # want: T78
    return "ok"


@app.route("/comp")
def comprehensions():
    vals = [v.strip() for v in request.args.getlist("v")]
    os.system(" ".join(vals))  # want: T78
    safe = [str(i) for i in range(3)]
    os.system(" ".join(safe))
    mapping = {k: request.args[k] for k in ("a", "b")}
    os.system(mapping["a"])  # want: T78
    return "ok"


@app.route("/walrus")
def walrus():
    if (v := request.args.get("v")) is not None:
        os.system(v)  # want: T78
    return "ok"
