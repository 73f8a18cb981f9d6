#!/usr/bin/env python3
"""Writes krait's labelled taint suite (testdata/labelled/*.py).

Each case is one small web handler (Flask mostly, some Django and FastAPI)
or script: an untrusted value (`param`) flows through one "bar" computation
into one sink. Whether the case is vulnerable follows from the computation
(does `bar` still carry `param`?) and the sink (is it the injectable form?).
Every computation's outcome is checked here by running it, so a label can
not silently disagree with the code it describes.

Run from the repository root:  python3 internal/labelled/gen/gen_suite.py
The output is deterministic; the hand-written cases (names starting with
`hand_`) are left alone.
"""
import os
import sys
import textwrap

OUT = os.path.join("testdata", "labelled")

# ---------------------------------------------------------------------------
# Frameworks: how a handler starts, how it returns, how it answers with HTML,
# redirects and stores in the session.


class Flask:
    name = "flask"
    web = True

    def imports(self):
        return ["from flask import Flask, request"]

    def setup(self):
        return ["app = Flask(__name__)"]

    def head(self, case, source):
        route = "/%s" % case
        if source.route_param:
            route += "/<path:%s>" % source.route_param
            return ['@app.route("%s")' % route,
                    "def %s(%s):" % (case, source.route_param)]
        return ['@app.route("%s", methods=["GET", "POST"])' % route, "def %s():" % case]

    def ok(self):
        return 'return "ok"'

    def html(self, expr):
        return "return " + expr

    def tail(self):
        return []


class Django:
    name = "django"
    web = True

    def imports(self):
        return ["from django.http import HttpResponse", "from django.urls import path"]

    def setup(self):
        return []

    def head(self, case, source):
        return ["def %s(request):" % case]

    def ok(self):
        return 'return HttpResponse("ok")'

    def html(self, expr):
        return "return HttpResponse(%s)" % expr

    def tail(self):
        return ["", "", "urlpatterns = [path(\"%s/\", %s)]"]


class DjangoView(Django):
    """A class-based view: the handler is a method, the body one level deeper."""
    name = "django-cbv"
    indent = 8

    def imports(self):
        return super().imports() + ["from django.views import View"]

    def head(self, case, source):
        return ["class %s(View):" % camel(case), "    def get(self, request):"]

    def tail(self):
        return ["", "", "urlpatterns = [path(\"%s/\", %s.as_view())]"]


def camel(case):
    return "".join(part.capitalize() for part in case.split("_")) + "View"


class FastAPI:
    name = "fastapi"
    web = True

    def imports(self):
        return ["from fastapi import FastAPI"]

    def setup(self):
        return ["app = FastAPI()"]

    def head(self, case, source):
        return ['@app.get("/%s")' % case, "def %s(%s):" % (case, source.signature)]

    def ok(self):
        return 'return {"status": "ok"}'

    def html(self, expr):
        return None  # needs HTMLResponse; the XSS sinks spell it out

    def tail(self):
        return []


class Script:
    name = "script"
    web = False

    def imports(self):
        return []

    def setup(self):
        return []

    def head(self, case, source):
        return ["def main():"]

    def ok(self):
        return "return 0"

    def html(self, expr):
        return None

    def tail(self):
        return ["", "", 'if __name__ == "__main__":', "    main()"]


FLASK, DJANGO, FASTAPI, SCRIPT = Flask(), Django(), FastAPI(), Script()
DJANGO_CBV = DjangoView()

# ---------------------------------------------------------------------------
# Sources: lines that leave the untrusted value in `param`.


class Source:
    def __init__(self, fw, lines, imports=(), route_param=None, signature="", only=None):
        self.fw = fw
        # Header names are HTTP tokens (letters, digits and !#$%&'*+-.^_`|~): no "<", "/", ":" or
        # parentheses, so they can only exploit the categories listed here.
        self.only = only
        self.lines = lines
        self.imports = list(imports)
        self.route_param = route_param
        self.signature = signature


HEADER_NAME_CATEGORIES = ("sqli", "cmdi", "ldapi", "xpathi", "trustbound", "hash", "weakrand", "securecookie",
                          "cipher")

SOURCES = [
    Source(FLASK, ['param = request.args.get("name", "")']),
    Source(FLASK, ['param = request.form.get("comment", "")']),
    Source(FLASK, ['param = request.headers.get("X-Client-Ref", "")']),
    Source(FLASK, ['param = request.cookies.get("preference", "")']),
    Source(FLASK, ['param = ""',
                   "for name in request.headers.keys():",
                   '    if name.lower() in ("host", "accept", "user-agent", "cookie"):',
                   "        continue",
                   "    param = name",
                   "    break"], only=HEADER_NAME_CATEGORIES),
    Source(FLASK, ['query = request.query_string.decode("utf-8")',
                   'start = query.find("value=")',
                   "if start < 0:",
                   '    return "missing value"',
                   'start += len("value=")',
                   'end = query.find("&", start)',
                   "param = query[start:end] if end >= 0 else query[start:]",
                   "param = urllib.parse.unquote_plus(param)"], imports=["import urllib.parse"]),
    Source(FLASK, ['values = request.args.getlist("item")',
                   'param = values[0] if values else ""']),
    Source(FLASK, ["param = name"], route_param="name"),
    Source(FLASK, ['param = request.values.get("q", "")']),
    Source(FLASK, ["data = request.get_json(silent=True) or {}",
                   'param = str(data.get("value", ""))']),
    Source(FLASK, ['param = request.path.split("/", 2)[2]'], route_param="rest"),
    Source(DJANGO, ['param = request.GET.get("q", "")']),
    Source(DJANGO, ['param = request.POST.get("comment", "")']),
    Source(DJANGO, ['param = request.META.get("HTTP_X_CLIENT_REF", "")']),
    Source(DJANGO, ['param = request.COOKIES.get("preference", "")']),
    Source(FASTAPI, ["param = q"], signature='q: str = ""'),
    Source(DJANGO_CBV, ['param = request.GET.get("term", "")']),
    Source(FASTAPI, ["param = x_client_ref"], signature='x_client_ref: str = Header("")',
           imports=["from fastapi import Header"]),
    Source(FASTAPI, ["param = preference"], signature='preference: str = Cookie("")',
           imports=["from fastapi import Cookie"]),
    Source(SCRIPT, ["param = sys.argv[1] if len(sys.argv) > 1 else \"\""], imports=["import sys"]),
    Source(SCRIPT, ['param = input("value: ")']),
    Source(SCRIPT, ['param = os.environ.get("APP_VALUE", "")'], imports=["import os"]),
    Source(SCRIPT, ["param = sys.stdin.readline().strip()"], imports=["import sys"]),
    Source(SCRIPT, ["parser = argparse.ArgumentParser()", 'parser.add_argument("--name", default="")',
                    "args = parser.parse_args()", "param = args.name"], imports=["import argparse"]),
    Source(SCRIPT, ['param = os.environ["REPORT_NAME"]'], imports=["import os"]),
]

WEB_SOURCES = [s for s in SOURCES if s.fw.web]
FLASK_SOURCES = [s for s in SOURCES if s.fw is FLASK]

# ---------------------------------------------------------------------------
# "bar" computations. `carries` says whether bar holds param afterwards; it
# is checked by running the code with a marker value.


class Bar:
    def __init__(self, name, lines, helpers=(), imports=(), carries=True, exact=True, guard=None, only=None,
                 skip=()):
        self.name = name
        self.lines = lines
        self.helpers = list(helpers)
        self.imports = list(imports)
        self.carries = carries
        self.exact = exact  # bar == param when it carries (sinks needing a whole URL/document)
        self.guard = guard  # kinds the guard in lines makes safe (None = no guard)
        self.only = only  # categories the bar is used in (None = all)
        self.skip = skip  # categories the bar is not used in (it sanitizes for them)


PROPAGATE = [
    Bar("direct", ["bar = param"]),
    Bar("b64", ['bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")'],
        imports=["import base64"]),
    Bar("dict", ['values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}',
                 'bar = values["keyB"]']),
    Bar("list_pop", ['items = ["safe", param, "moresafe"]', "items.pop(0)", "bar = items[0]"]),
    Bar("ifexp", ["num = 86", 'bar = param if (7 * 42) - num > 200 else "This should never happen"']),
    Bar("ifstmt", ["num = 196", "if (500 / 42) + num > 200:", "    bar = param", "else:",
                   '    bar = "This should never happen"']),
    Bar("match", ['guess = "ABC"', "switch_target = guess[2]", "match switch_target:",
                  '    case "A":', "        bar = param", '    case "B":', '        bar = "bob"',
                  '    case "C" | "D":', "        bar = param", "    case _:",
                  "        bar = \"bob's your uncle\""]),
    Bar("helper", ["bar = do_something(param)"],
        helpers=["def do_something(value):", "    value = value.strip()", "    return value"], exact=False),
    Bar("method", ["thing = Thing()", "bar = thing.do_something(param)"],
        helpers=["class Thing:", "    def do_something(self, value):", "        return value"]),
    Bar("replace", ['bar = param.replace("\\t", " ")'], exact=False),
    Bar("splitjoin", ['bar = " ".join(param.split(" "))']),
    Bar("loop", ['bar = ""', "for ch in param:", "    bar += ch"]),
    Bar("dictset", ["values = {}", 'values["keyB"] = param', 'values["keyA"] = "a-Value"',
                    'bar = values.get("keyB")']),
    Bar("unpack", ['first, bar = "safe", param']),
    Bar("closure", ["def inner():", "    return param", "bar = inner()"]),
    Bar("listappend", ['items = ["safe"]', "items.append(param)", "bar = items[-1]"]),
    Bar("overwrite_late", ['bar = "constant"', "if param:", "    bar = param"]),
    Bar("selfattr", ["holder = Holder(param)", "bar = holder.get()"],
        helpers=["class Holder:", "    def __init__(self, value):", "        self.value = value",
                 '        self.kind = "plain"', "", "    def get(self):", "        return self.value"]),
    Bar("format", ['bar = "{}".format(param)']),
    Bar("percent", ['bar = "%s" % param']),
    Bar("fstring", ['bar = f"{param}"']),
    Bar("lambda", ["transform = lambda s: s", "bar = transform(param)"]),
    Bar("comprehension", ['bar = "".join([ch for ch in param])']),
    Bar("generator", ["bar = next(produce(param))"],
        helpers=["def produce(value):", "    yield value", '    yield "done"']),
    Bar("try", ["try:", '    bar = param.encode("ascii").decode("ascii")', "except UnicodeError:",
                '    bar = ""']),
    Bar("static", ["bar = Util.passthrough(param)"],
        helpers=["class Util:", "    @staticmethod", "    def passthrough(value):", "        return value"]),
    Bar("inherit", ["bar = Child().clean(param)"],
        helpers=["class Base:", "    def clean(self, value):", "        return value", "", "",
                 "class Child(Base):", '    label = "child"']),
    Bar("deque", ["queue = collections.deque()", 'queue.append("safe")', "queue.append(param)",
                  "queue.popleft()", "bar = queue[0]"], imports=["import collections"]),
    Bar("del_index", ['items = ["safe", param]', "del items[0]", "bar = items[0]"]),
    Bar("insert", ["items = [param]", 'items.insert(0, "safe")', "bar = items[1]"]),
    Bar("dict_update", ['values = {"keyA": "a-Value"}', 'values.update({"keyB": param})', 'bar = values["keyB"]']),
    Bar("nested_call", ["bar = outer(param)"],
        helpers=["def inner(value):", "    return value.strip()", "", "", "def outer(value):",
                 '    prefix = ""', "    return prefix + inner(value)"], exact=False),
    Bar("kwargs", ["bar = build(value=param)"],
        helpers=["def build(**kwargs):", '    return kwargs["value"]']),
    Bar("varargs", ["bar = first(param)"], helpers=["def first(*args):", "    return args[0]"]),
    Bar("recursion", ["bar = unwrap(param, 3)"],
        helpers=["def unwrap(value, depth):", "    if depth == 0:", "        return value",
                 "    return unwrap(value, depth - 1)"]),
    Bar("while", ["i = 0", 'bar = ""', "while i < len(param):", "    bar += param[i]", "    i += 1"]),
    Bar("walrus", ["if (bar := param) is None:", "    return BAD"]),
    Bar("template", ['bar = string.Template("$v").substitute(v=param)'], imports=["import string"]),
    Bar("varcond", ['bar = param if len(param) < 4096 else ""']),
    # HTML escaping leaves shell, path, LDAP, XPath... metacharacters alone.
    Bar("html_escape", ["bar = html.escape(param)"], imports=["import html"], exact=False,
        skip=("xss", "sqli", "xpathi", "codeinj", "deserialization", "xxe", "redirect", "ssrf")),
    Bar("unquote", ["bar = urllib.parse.unquote(param)"], imports=["import urllib.parse"]),
    Bar("bytes", ['bar = bytes(param, "utf-8").decode("utf-8")']),
    Bar("first_word", ['bar = param.split(" ")[0]'], exact=False),
    Bar("thing_factory", ["thing = helpers.things.create_thing()", "bar = thing.do_something(param)"],
        imports=["import helpers.things"]),
]

SANITIZE = [
    Bar("ifexp_safe", ["num = 106", 'bar = "This_should_always_happen" if (7 * 18) + num > 200 else param'],
        carries=False),
    Bar("ifstmt_safe", ["num = 196", "if (7 * 42) - num > 200:", "    bar = param", "else:",
                        '    bar = "This_should_always_happen"'], carries=False),
    Bar("dict_safe", ['values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}',
                      'bar = values["keyA"]'], carries=False),
    Bar("list_pop_safe", ['items = ["safe", param, "moresafe"]', "items.pop(0)", "bar = items[1]"],
        carries=False),
    Bar("list_remove", ["items = [param, \"safe\"]", "items.remove(param)", "bar = items[0]"], carries=False),
    Bar("match_safe", ['guess = "ABC"', "switch_target = guess[1]", "match switch_target:",
                       '    case "A":', "        bar = param", '    case "B":', '        bar = "bob"',
                       '    case "C" | "D":', "        bar = param", "    case _:",
                       "        bar = \"bob's your uncle\""], carries=False),
    Bar("overwrite", ["bar = param", 'bar = "constant_value"'], carries=False),
    Bar("helper_const", ["bar = do_something(param)"],
        helpers=["def do_something(value):", '    return "safe!"'], carries=False),
    Bar("method_const", ["thing = Thing()", "bar = thing.do_something(param)"],
        helpers=["class Thing:", "    def do_something(self, value):", '        return "constant"'],
        carries=False),
    Bar("intcast", ["bar = str(int(param))"], carries=False),
    Bar("dictset_safe", ["values = {}", 'values["keyB"] = param', 'values["keyA"] = "a-Value"',
                         'bar = values.get("keyA")'], carries=False),
    Bar("unpack_safe", ['bar, other = "safe", param'], carries=False),
    Bar("allowlist", ['if param not in ("asc", "desc", "latest"):', "    return BAD", "bar = param"],
        carries=False, guard="all"),
    Bar("alnum", ["if not param.isalnum():", "    return BAD", "bar = param"],
        carries=False, guard="alnum"),
    Bar("selfattr_const", ["holder = Holder(param)", "bar = holder.get()"],
        helpers=["class Holder:", "    def __init__(self, value):", "        self.value = value",
                 '        self.kind = "plain"', "", "    def get(self):", "        return self.kind"],
        carries=False),
    Bar("del_index_safe", ['items = [param, "safe"]', "del items[0]", "bar = items[0]"], carries=False),
    Bar("setitem_safe", ['items = ["a", param]', 'items[1] = "safe"', "bar = items[1]"], carries=False),
    Bar("dict_overwrite", ['values = {"keyB": param}', 'values["keyB"] = "safe"', 'bar = values["keyB"]'],
        carries=False),
    Bar("deque_safe", ["queue = collections.deque()", 'queue.append("safe")', "queue.append(param)",
                       "queue.pop()", "bar = queue[0]"], imports=["import collections"], carries=False),
    Bar("func_const_cond", ["bar = choose(param)"],
        helpers=["def choose(value):", "    num = 106",
                 '    return "This_should_always_happen" if (7 * 18) + num > 200 else value'], carries=False),
    Bar("isdigit", ['bar = param if param.isdigit() else "0"'], carries=False, guard="alnum"),
    Bar("regex_guard", ['if not re.fullmatch(r"[A-Za-z0-9_]+", param):', "    return BAD", "bar = param"],
        imports=["import re"], carries=False, guard="alnum"),
    Bar("regex_sub", ['bar = re.sub(r"[^A-Za-z0-9]", "", param)'], imports=["import re"], carries=False,
        guard="alnum"),
    Bar("float", ["bar = str(float(param))"], carries=False),
    Bar("uuid", ["bar = str(uuid.UUID(param))"], imports=["import uuid"], carries=False),
    Bar("length", ["bar = str(len(param))"], carries=False),
    Bar("digest", ['bar = hashlib.sha256(param.encode("utf-8")).hexdigest()'], imports=["import hashlib"],
        carries=False, guard="alnum"),
    Bar("inherit_override", ["bar = Child().clean(param)"],
        helpers=["class Base:", "    def clean(self, value):", "        return value", "", "",
                 "class Child(Base):", "    def clean(self, value):", '        return "cleaned"'], carries=False),
    Bar("try_const", ["try:", "    int(param)", '    bar = "numeric"', "except ValueError:",
                      '    bar = "other"'], carries=False),
    Bar("kwargs_other", ['bar = build(value=param, other="safe")'],
        helpers=["def build(**kwargs):", '    return kwargs["other"]'], carries=False),
    Bar("varargs_other", ['bar = second(param, "safe")'], helpers=["def second(*args):", "    return args[1]"],
        carries=False),
    Bar("truthy", ['bar = "yes" if param else "no"'], carries=False),
    Bar("dict_get_default", ['values = {"keyA": "a-Value", "keyB": "b-Value"}', 'bar = values.get("keyA", param)'],
        carries=False),
    Bar("html_escape_xss", ["bar = html.escape(param)"], imports=["import html"], carries=False, only=("xss",)),
]


def check_bar(bar):
    """Runs the computation with a marker and checks `carries`."""
    marker = "MARK<'\"&;|../x>"
    env = {}
    src = "import base64, collections, re, uuid, hashlib, string, html, urllib.parse\n" + "\n".join(bar.helpers) + "\n"
    body = ["param = %r" % marker, "BAD = None"] + bar.lines
    src += "def run(param):\n" + textwrap.indent("\n".join(body[1:]), "    ") + "\n    return bar\n"
    src = src.replace("helpers.things.create_thing()", "type('T', (), {'do_something': lambda self, v: v})()")
    exec(src, env)  # our own generated code
    try:
        got = env["run"](marker)
    except (ValueError, TypeError):
        got = None  # int() refuses it: nothing reaches the sink
    carried = got is not None and "MARK" in got
    if bar.guard or bar.only:
        carried = False  # the guard returned early, or the bar escapes for its only category
    if carried != bar.carries:
        sys.exit("bar %s: carries=%s but running it says %s (%r)" % (bar.name, bar.carries, carried, got))
    if bar.carries and bar.exact and got != marker:
        sys.exit("bar %s: marked exact but changes the value: %r" % (bar.name, got))


# ---------------------------------------------------------------------------
# Sinks. `lines` use `bar`; the line holding `@SINK` is where the finding is
# expected (the marker is replaced by `# want: <id>` or removed). A sink
# with `unsafe=False` is the safe form (parameterised, escaped, list argv).


class Sink:
    def __init__(self, lines, imports=(), unsafe=True, fws=None, helpers=(), exact=False, guards=("all",),
                 ret=None):
        self.lines = lines
        self.imports = list(imports)
        self.unsafe = unsafe
        self.fws = fws  # allowed frameworks (None = all)
        self.helpers = list(helpers)
        self.exact = exact  # needs bar to be the whole value
        self.guards = guards  # guard kinds that make it safe
        self.ret = ret  # replaces the framework's ok() line


def web(fws=(FLASK, DJANGO, FASTAPI)):
    return list(fws)


CATEGORIES = {}


def category(name, cwe, want, sinks, weight):
    CATEGORIES[name] = (cwe, want, sinks, weight)


category("sqli", 89, "T89", [
    Sink(['conn = sqlite3.connect("app.db")', "cur = conn.cursor()",
          "sql = \"SELECT * FROM users WHERE name = '\" + bar + \"'\"",
          "cur.execute(sql)  @SINK", "rows = cur.fetchall()"], ["import sqlite3"], guards=("all", "alnum")),
    Sink(['conn = sqlite3.connect("app.db")',
          "rows = conn.execute(f\"SELECT id FROM orders WHERE status = '{bar}'\").fetchall()  @SINK"],
         ["import sqlite3"], guards=("all", "alnum")),
    Sink(["engine = create_engine(\"sqlite:///app.db\")", "with engine.connect() as db:",
          "    db.execute(text(\"UPDATE users SET bio = '%s' WHERE id = 1\" % bar))  @SINK"],
         ["from sqlalchemy import create_engine, text"], guards=("all", "alnum")),
    Sink(['conn = sqlite3.connect("app.db")', "cur = conn.cursor()",
          'cur.execute("SELECT * FROM users WHERE name = ?", (bar,))', "rows = cur.fetchall()"],
         ["import sqlite3"], unsafe=False),
    Sink(["engine = create_engine(\"sqlite:///app.db\")", "with engine.connect() as db:",
          '    db.execute(text("UPDATE users SET bio = :bio WHERE id = 1"), {"bio": bar})'],
         ["from sqlalchemy import create_engine, text"], unsafe=False),
    Sink(['conn = sqlite3.connect("app.db")',
          'conn.execute("INSERT INTO notes (body) VALUES (?)", [bar])', "conn.commit()"],
         ["import sqlite3"], unsafe=False),
    Sink(['conn = pymysql.connect(host="db", user="app", password=os.environ["DB_PASS"], database="shop")',
          "with conn.cursor() as cur:",
          "    cur.execute(\"SELECT * FROM products WHERE category = '%s'\" % bar)  @SINK"],
         ["import os", "import pymysql"], guards=("all", "alnum")),
    Sink(['conn = pymysql.connect(host="db", user="app", password=os.environ["DB_PASS"], database="shop")',
          "with conn.cursor() as cur:",
          '    cur.execute("SELECT * FROM products WHERE category = %s", (bar,))'],
         ["import os", "import pymysql"], unsafe=False),
    Sink(["with connection.cursor() as cursor:",
          "    cursor.execute(\"SELECT id FROM auth_user WHERE username = '{}'\".format(bar))  @SINK"],
         ["from django.db import connection"], fws=(DJANGO,), guards=("all", "alnum")),
    Sink(["with connection.cursor() as cursor:",
          '    cursor.execute("SELECT id FROM auth_user WHERE username = %s", [bar])'],
         ["from django.db import connection"], fws=(DJANGO,), unsafe=False),
    Sink(['conn = sqlite3.connect("app.db")',
          "conn.executescript(\"INSERT INTO audit (entry) VALUES ('\" + bar + \"');\")  @SINK"],
         ["import sqlite3"], guards=("all", "alnum")),
    Sink(["users = User.objects.raw(\"SELECT * FROM auth_user WHERE last_name = '%s'\" % bar)  @SINK",
          "count = len(list(users))"], ["from django.contrib.auth.models import User"], fws=(DJANGO,),
         guards=("all", "alnum")),
    Sink(["users = User.objects.extra(where=[\"last_name = '\" + bar + \"'\"])  @SINK", "count = users.count()"],
         ["from django.contrib.auth.models import User"], fws=(DJANGO,), guards=("all", "alnum")),
    Sink(['users = User.objects.raw("SELECT * FROM auth_user WHERE last_name = %s", [bar])',
          "count = len(list(users))"], ["from django.contrib.auth.models import User"], fws=(DJANGO,), unsafe=False),
    Sink(["count = User.objects.filter(last_name=bar).count()"], ["from django.contrib.auth.models import User"],
         fws=(DJANGO,), unsafe=False),
], 40)

category("cmdi", 78, "T78", [
    Sink(['os.system("echo " + bar)  @SINK'], ["import os"], guards=("all", "alnum")),
    Sink(['subprocess.run(f"ls -l {bar}", shell=True)  @SINK'], ["import subprocess"], guards=("all", "alnum")),
    Sink(['out = subprocess.check_output(["sh", "-c", "grep " + bar + " /var/log/app.log"])  @SINK'],
         ["import subprocess"], guards=("all", "alnum")),
    Sink(['stream = os.popen("nslookup %s" % bar)  @SINK', "out = stream.read()"], ["import os"],
         guards=("all", "alnum")),
    Sink(['subprocess.run(["ping", "-c", "1", "--", bar], check=False)'], ["import subprocess"], unsafe=False),
    Sink(['os.system("echo " + shlex.quote(bar))'], ["import os", "import shlex"], unsafe=False),
    Sink(['out = subprocess.check_output(["grep", "-F", "--", bar, "/var/log/app.log"])'],
         ["import subprocess"], unsafe=False),
    Sink(["proc = subprocess.Popen(bar, shell=True, stdout=subprocess.PIPE)  @SINK", "out = proc.communicate()[0]"],
         ["import subprocess"], exact=True, guards=("all",)),
    Sink(['out = subprocess.getoutput("whois " + bar)  @SINK'], ["import subprocess"], guards=("all", "alnum")),
    Sink(['subprocess.call(["bash", "-c", "tar czf /tmp/out.tgz " + bar])  @SINK'], ["import subprocess"],
         guards=("all", "alnum")),
    Sink(['subprocess.run("ls -l " + shlex.quote(bar), shell=True, check=False)'],
         ["import shlex", "import subprocess"], unsafe=False),
    Sink(['subprocess.run(["tar", "czf", "/tmp/out.tgz", "--", bar], check=False)'], ["import subprocess"],
         unsafe=False),
], 36)

category("pathtraver", 22, "T22", [
    Sink(['path = os.path.join("/var/app/uploads", bar)', "with open(path) as fh:  @SINK",
          "    content = fh.read()"], ["import os"], guards=("all", "alnum")),
    Sink(['target = pathlib.Path("/var/app/reports") / bar', "content = target.read_text()  @SINK"],
         ["import pathlib"], guards=("all", "alnum")),
    Sink(['os.remove("/tmp/app/" + bar)  @SINK'], ["import os"], guards=("all", "alnum")),
    Sink(['with open(os.path.join("/var/app/uploads", os.path.basename(bar))) as fh:',
          "    content = fh.read()"], ["import os"], unsafe=False),
    Sink(['base = os.path.realpath("/var/app/uploads")',
          "path = os.path.realpath(os.path.join(base, bar))",
          "if not path.startswith(base + os.sep):", "    return BAD",
          "with open(path) as fh:", "    content = fh.read()"], ["import os"], unsafe=False),
    Sink(['name = secure_filename(bar)', 'with open(os.path.join("/var/app/uploads", name), "w") as fh:',
          '    fh.write("data")'], ["import os", "from werkzeug.utils import secure_filename"], unsafe=False),
    Sink(['return send_file(os.path.join("/srv/files", bar))  @SINK'], ["import os", "from flask import send_file"],
         fws=(FLASK,), guards=("all", "alnum")),
    Sink(['shutil.copy(bar, "/tmp/backup/")  @SINK'], ["import shutil"], exact=True, guards=("all",)),
    Sink(['with open(os.path.normpath("/var/app/data/" + bar), "w") as fh:  @SINK', '    fh.write("x")'],
         ["import os"], guards=("all", "alnum")),
    Sink(['return send_from_directory("/srv/files", bar)'], ["from flask import send_from_directory"],
         fws=(FLASK,), unsafe=False),
    Sink(['target = safe_join("/srv/files", bar)', "if target is None:", "    return BAD",
          "with open(target) as fh:", "    content = fh.read()"], ["from werkzeug.security import safe_join"],
         unsafe=False),
    Sink(['base = pathlib.Path("/var/app/uploads").resolve()', "target = (base / bar).resolve()",
          "if not target.is_relative_to(base):", "    return BAD", "content = target.read_text()"],
         ["import pathlib"], unsafe=False),
    Sink(['base = os.path.realpath("/var/app/uploads")', "path = os.path.realpath(os.path.join(base, bar))",
          "if os.path.commonpath([base, path]) != base:", "    return BAD",
          "with open(path) as fh:", "    content = fh.read()"], ["import os"], unsafe=False),
], 38)

category("xss", 79, "T79", [
    Sink(["@HTML(f\"<p>Hello {bar}</p>\")  @SINK"], fws=(FLASK, DJANGO), guards=("all", "alnum")),
    Sink(['resp = make_response("<div class=\\"note\\">" + bar + "</div>")  @SINK', "return resp"],
         ["from flask import make_response"], fws=(FLASK,), guards=("all", "alnum")),
    Sink(['return HTMLResponse("<h1>%s</h1>" % bar)  @SINK'], ["from fastapi.responses import HTMLResponse"],
         fws=(FASTAPI,), guards=("all", "alnum")),
    Sink(["@HTML(\"<p>Hello \" + html.escape(bar) + \"</p>\")"], ["import html"], fws=(FLASK, DJANGO),
         unsafe=False),
    Sink(['return render_template_string("<p>Hello {{ name }}</p>", name=bar)'],
         ["from flask import render_template_string"], fws=(FLASK,), unsafe=False),
    Sink(['return jsonify({"greeting": bar})'], ["from flask import jsonify"], fws=(FLASK,), unsafe=False),
    Sink(['return HTMLResponse("<h1>%s</h1>" % html.escape(bar))'],
         ["import html", "from fastapi.responses import HTMLResponse"], fws=(FASTAPI,), unsafe=False),
    Sink(['return Markup("<b>%s</b>" % bar)  @SINK'], ["from markupsafe import Markup"], fws=(FLASK,),
         guards=("all", "alnum")),
    Sink(['return HttpResponse(mark_safe("<b>" + bar + "</b>"))  @SINK'],
         ["from django.utils.safestring import mark_safe"], fws=(DJANGO,), guards=("all", "alnum")),
    Sink(['return Response("<ul><li>" + bar + "</li></ul>", mimetype="text/html")  @SINK'],
         ["from flask import Response"], fws=(FLASK,), guards=("all", "alnum")),
    Sink(['return Markup("<b>{}</b>").format(bar)'], ["from markupsafe import Markup"], fws=(FLASK,),
         unsafe=False),
    Sink(['return HttpResponse(format_html("<b>{}</b>", bar))'], ["from django.utils.html import format_html"],
         fws=(DJANGO,), unsafe=False),
    Sink(['return "<p>" + escape(bar) + "</p>"'], ["from markupsafe import escape"], fws=(FLASK,),
         unsafe=False),
    Sink(['env = Environment(loader=FileSystemLoader("templates"))',
          'return env.get_template("greeting.html").render(name=bar)  @SINK'],
         ["from jinja2 import Environment, FileSystemLoader"], fws=(FLASK,), guards=("all", "alnum")),
    Sink(['return Template("<p>Hello {{ name }}</p>").render(name=bar)  @SINK'], ["from jinja2 import Template"],
         fws=(FLASK,), guards=("all", "alnum")),
    Sink(['env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html"]))',
          'return env.get_template("greeting.html").render(name=bar)'],
         ["from jinja2 import Environment, FileSystemLoader, select_autoescape"], fws=(FLASK,), unsafe=False),
    Sink(['return Template("<p>Hello {{ name }}</p>", autoescape=True).render(name=bar)'],
         ["from jinja2 import Template"], fws=(FLASK,), unsafe=False),
    Sink(['return Response("Saved: " + bar, mimetype="text/plain")'], ["from flask import Response"], fws=(FLASK,),
         unsafe=False),
    Sink(['return "Saved: " + bar, 200, {"Content-Type": "text/plain; charset=utf-8"}'], fws=(FLASK,), unsafe=False),
    Sink(['resp = make_response("Saved: " + bar)', 'resp.mimetype = "text/plain"', "return resp"],
         ["from flask import make_response"], fws=(FLASK,), unsafe=False),
], 44)

category("ldapi", 90, "T90", [
    Sink(['server = ldap3.Server("ldap://ldap.example.com")', "conn = ldap3.Connection(server, auto_bind=True)",
          'search_filter = "(&(objectClass=person)(uid=" + bar + "))"',
          'conn.search("dc=example,dc=com", search_filter)  @SINK'], ["import ldap3"], guards=("all", "alnum")),
    Sink(['server = ldap3.Server("ldap://ldap.example.com")', "conn = ldap3.Connection(server, auto_bind=True)",
          'search_filter = "(&(objectClass=person)(uid=" + escape_filter_chars(bar) + "))"',
          'conn.search("dc=example,dc=com", search_filter)'],
         ["import ldap3", "from ldap3.utils.conv import escape_filter_chars"], unsafe=False),
    Sink(['conn = ldap.initialize("ldap://ldap.example.com")',
          'results = conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(cn=%s)" % bar)  @SINK'],
         ["import ldap"], guards=("all", "alnum")),
    Sink(['conn = ldap.initialize("ldap://ldap.example.com")',
          'results = conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(cn=%s)" % ldap.filter.escape_filter_chars(bar))'],
         ["import ldap", "import ldap.filter"], unsafe=False),
], 16)

category("xpathi", 643, "T643", [
    Sink(['root = etree.parse("users.xml")',
          "nodes = root.xpath(\"/users/user[@name='\" + bar + \"']/email/text()\")  @SINK"],
         ["from lxml import etree"], guards=("all", "alnum")),
    Sink(['root = etree.parse("users.xml")',
          'nodes = root.xpath("/users/user[@name=$name]/email/text()", name=bar)'],
         ["from lxml import etree"], unsafe=False),
    Sink(['root = etree.parse("books.xml")',
          "find = etree.XPath(\"//book[title='%s']/price\" % bar)  @SINK", "prices = find(root)"],
         ["from lxml import etree"], guards=("all", "alnum")),
    Sink(['root = etree.parse("books.xml")', 'find = etree.XPath("//book[title=$t]/price")',
          "prices = find(root, t=bar)"], ["from lxml import etree"], unsafe=False),
], 14)

category("codeinj", 94, "T94", [
    Sink(["result = eval(bar)  @SINK"], exact=True, guards=("all",)),
    Sink(['exec("total = " + bar)  @SINK'], guards=("all",)),
    Sink(["result = ast.literal_eval(bar)"], ["import ast"], unsafe=False),
    Sink(['code = compile("result = " + bar, "<expr>", "exec")', "exec(code)  @SINK"], guards=("all",)),
    Sink(['OPS = {"add": operator.add, "sub": operator.sub}', "fn = OPS.get(bar, operator.add)",
          "result = fn(2, 3)"], ["import operator"], unsafe=False),
], 14)

category("deserialization", 502, "T502", [
    Sink(["obj = pickle.loads(base64.b64decode(bar))  @SINK"], ["import base64", "import pickle"], exact=True,
         guards=("all",)),
    Sink(["obj = yaml.load(bar, Loader=yaml.Loader)  @SINK"], ["import yaml"], exact=True, guards=("all",)),
    Sink(["obj = json.loads(bar)"], ["import json"], unsafe=False),
    Sink(["obj = yaml.safe_load(bar)"], ["import yaml"], unsafe=False),
    Sink(["obj = marshal.loads(bytes.fromhex(bar))  @SINK"], ["import marshal"], exact=True, guards=("all",)),
    Sink(["obj = jsonpickle.decode(bar)  @SINK"], ["import jsonpickle"], exact=True, guards=("all",)),
    Sink(["obj = yaml.load(bar, Loader=yaml.SafeLoader)"], ["import yaml"], unsafe=False),
], 16)

category("redirect", 601, "T601", [
    Sink(["return redirect(bar)  @SINK"], ["from flask import redirect"], fws=(FLASK,), exact=True,
         guards=("all", "alnum")),
    Sink(["return HttpResponseRedirect(bar)  @SINK"], ["from django.http import HttpResponseRedirect"],
         fws=(DJANGO,), exact=True, guards=("all", "alnum")),
    Sink(['if bar not in ("/home", "/profile", "/settings"):', '    return redirect(url_for("index"))',
          "return redirect(bar)"], ["from flask import redirect, url_for"], fws=(FLASK,), unsafe=False),
    Sink(['target = bar if url_has_allowed_host_and_scheme(bar, allowed_hosts={"example.com"}) else "/"',
          "return HttpResponseRedirect(target)"],
         ["from django.http import HttpResponseRedirect",
          "from django.utils.http import url_has_allowed_host_and_scheme"], fws=(DJANGO,), unsafe=False),
    Sink(["return RedirectResponse(bar)  @SINK"], ["from fastapi.responses import RedirectResponse"],
         fws=(FASTAPI,), exact=True, guards=("all", "alnum")),
    Sink(['return Response(status=302, headers={"Location": bar})  @SINK'], ["from flask import Response"],
         fws=(FLASK,), exact=True, guards=("all", "alnum")),
    Sink(['return redirect("/search?q=" + urllib.parse.quote(bar))'], ["import urllib.parse",
         "from flask import redirect"], fws=(FLASK,), unsafe=False),
    Sink(['return redirect(url_for("profile", name=bar))'], ["from flask import redirect, url_for"],
         fws=(FLASK,), unsafe=False),
    Sink(['resp = make_response("", 302)', 'resp.headers["Location"] = bar  @SINK', "return resp"],
         ["from flask import make_response"], fws=(FLASK,), exact=True, guards=("all", "alnum")),
    Sink(["resp = HttpResponse(status=302)", 'resp["Location"] = bar  @SINK', "return resp"],
         fws=(DJANGO,), exact=True, guards=("all", "alnum")),
    Sink(["resp = HttpResponse(status=302)", 'resp["Location"] = "/search?q=" + urllib.parse.quote(bar)',
          "return resp"], ["import urllib.parse"], fws=(DJANGO,), unsafe=False),
    Sink(['return redirect("/search?q=" + bar)'], ["from flask import redirect"], fws=(FLASK,), unsafe=False),
], 20)

category("trustbound", 501, "T501", [
    Sink(['session["user_ref"] = bar  @SINK'], ["from flask import session"], fws=(FLASK,),
         guards=("all",)),
    Sink(['request.session["user_ref"] = bar  @SINK'], fws=(DJANGO,), guards=("all",)),
    Sink(['session["user_ref"] = "guest"', 'app.logger.info("visit from %s", bar.isalnum())'],
         ["from flask import session"], fws=(FLASK,), unsafe=False),
    Sink(['request.session["visits"] = request.session.get("visits", 0) + 1', 'found = bar in ("a", "b")'],
         fws=(DJANGO,), unsafe=False),
    Sink(['session.update({"display_name": bar})  @SINK'], ["from flask import session"], fws=(FLASK,),
         guards=("all",)),
    Sink(['session["last_search_len"] = 0', 'matches = [row for row in ("alpha", "beta") if row == bar]'],
         ["from flask import session"], fws=(FLASK,), unsafe=False),
], 14)

category("xxe", 611, "T611", [
    Sink(["parser = etree.XMLParser(resolve_entities=True, no_network=False)",
          'doc = etree.fromstring(bar.encode("utf-8"), parser)  @SINK'], ["from lxml import etree"], exact=True,
         guards=("all",)),
    Sink(["parser = xml.sax.make_parser()", "parser.setFeature(xml.sax.handler.feature_external_ges, True)",
          "parser.setContentHandler(xml.sax.handler.ContentHandler())",
          "parser.parse(io.StringIO(bar))  @SINK"], ["import io", "import xml.sax", "import xml.sax.handler"],
         exact=True, guards=("all",)),
    Sink(["parser = etree.XMLParser(resolve_entities=False, no_network=True)",
          'doc = etree.fromstring(bar.encode("utf-8"), parser)'], ["from lxml import etree"], unsafe=False),
    Sink(["doc = defused_fromstring(bar)"], ["from defusedxml.ElementTree import fromstring as defused_fromstring"],
         unsafe=False),
    Sink(["parser = etree.XMLParser(resolve_entities=True)",
          'tree = etree.parse(io.BytesIO(bar.encode("utf-8")), parser)  @SINK'], ["import io", "from lxml import etree"],
         exact=True, guards=("all",)),
    Sink(["root = ET.fromstring(bar)"], ["import xml.etree.ElementTree as ET"], unsafe=False),
    Sink(["parser = xml.sax.make_parser()", "parser.setContentHandler(xml.sax.handler.ContentHandler())",
          "parser.parse(io.StringIO(bar))"], ["import io", "import xml.sax", "import xml.sax.handler"],
         unsafe=False),
], 16)

category("ssrf", 918, "T918", [
    Sink(["resp = requests.get(bar, timeout=5)  @SINK"], ["import requests"], exact=True, guards=("all",)),
    Sink(['with urllib.request.urlopen("http://" + bar + "/status") as resp:  @SINK', "    body = resp.read()"],
         ["import urllib.request"], guards=("all",)),
    Sink(['resp = requests.get("https://api.example.com/search", params={"q": bar}, timeout=5)'],
         ["import requests"], unsafe=False),
    Sink(['if bar not in ("eu", "us"):', "    return BAD",
          'resp = requests.get(f"https://{bar}.api.example.com/health", timeout=5)'],
         ["import requests"], unsafe=False),
    Sink(["resp = httpx.get(bar)  @SINK"], ["import httpx"], exact=True, guards=("all",)),
    Sink(['resp = requests.post(bar + "/hooks/deploy", json={"ok": True}, timeout=5)  @SINK'], ["import requests"],
         exact=True, guards=("all",)),
    Sink(['if urllib.parse.urlparse(bar).hostname not in ("api.example.com", "cdn.example.com"):',
          "    return BAD", "resp = requests.get(bar, timeout=5)"], ["import urllib.parse", "import requests"],
         unsafe=False),
    Sink(['resp = requests.get(f"https://api.example.com/search?q={bar}&limit=10", timeout=5)'], ["import requests"],
         unsafe=False),
], 16)

# Non-taint categories: the finding comes from a check on the sink alone.
category("hash", 328, "B324", [
    Sink(['digest = hashlib.md5(bar.encode("utf-8")).hexdigest()  @SINK'], ["import hashlib"]),
    Sink(['digest = hashlib.sha1(bar.encode("utf-8")).hexdigest()  @SINK'], ["import hashlib"]),
    Sink(['h = hashlib.new("md5")  @SINK', 'h.update(bar.encode("utf-8"))', "digest = h.hexdigest()"],
         ["import hashlib"]),
    Sink(['digest = hashlib.sha256(bar.encode("utf-8")).hexdigest()'], ["import hashlib"], unsafe=False),
    Sink(['h = hashlib.new("sha512")', 'h.update(bar.encode("utf-8"))', "digest = h.hexdigest()"],
         ["import hashlib"], unsafe=False),
    Sink(['digest = hashlib.blake2b(bar.encode("utf-8"), digest_size=32).hexdigest()'], ["import hashlib"],
         unsafe=False),
], 10)

category("weakrand", 330, "B311", [
    Sink(['token = "%s-%d" % (bar, random.randint(100000, 999999))  @SINK'], ["import random"]),
    Sink(['token = bar + str(random.random())  @SINK'], ["import random"]),
    Sink(['token = bar + "".join(random.choice("abcdef0123456789") for _ in range(16))  @SINK'],
         ["import random"]),
    Sink(['token = bar + secrets.token_hex(16)'], ["import secrets"], unsafe=False),
    Sink(['token = "%s-%d" % (bar, random.SystemRandom().randint(100000, 999999))'], ["import random"],
         unsafe=False),
    Sink(['token = bar + os.urandom(16).hex()'], ["import os"], unsafe=False),
], 10)

category("securecookie", 614, "K204", [
    Sink(['resp = make_response("ok")', 'resp.set_cookie("remember", bar)  @SINK', "return resp"],
         ["from flask import make_response"], fws=(FLASK,)),
    Sink(['resp = make_response("ok")', 'resp.set_cookie("remember", bar, secure=False, httponly=True)  @SINK',
          "return resp"], ["from flask import make_response"], fws=(FLASK,)),
    Sink(['resp = HttpResponse("ok")', 'resp.set_cookie("remember", bar, httponly=True)  @SINK', "return resp"],
         fws=(DJANGO,)),
    Sink(['resp = make_response("ok")',
          'resp.set_cookie("remember", bar, secure=True, httponly=True, samesite="Lax")', "return resp"],
         ["from flask import make_response"], fws=(FLASK,), unsafe=False),
    Sink(['resp = HttpResponse("ok")', 'resp.set_cookie("remember", bar, secure=True, httponly=True)',
          "return resp"], fws=(DJANGO,), unsafe=False),
], 10)

category("cipher", 327, "B304", [
    Sink(["key = b\"8bytekey\"", "cipher = DES.new(key, DES.MODE_ECB)  @SINK",
          'data = cipher.encrypt(bar.encode("utf-8").ljust(8)[:8])'], ["from Crypto.Cipher import DES"]),
    Sink(["key = os.urandom(16)", "cipher = ARC4.new(key)  @SINK", 'data = cipher.encrypt(bar.encode("utf-8"))'],
         ["import os", "from Crypto.Cipher import ARC4"]),
    Sink(["key = os.urandom(24)", "iv = os.urandom(8)",
          "cipher = Cipher(algorithms.TripleDES(key), modes.CBC(iv))  @SINK",
          "enc = cipher.encryptor()"],
         ["import os", "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes"]),
    Sink(["key = AESGCM.generate_key(bit_length=256)", "nonce = os.urandom(12)",
          'data = AESGCM(key).encrypt(nonce, bar.encode("utf-8"), None)'],
         ["import os", "from cryptography.hazmat.primitives.ciphers.aead import AESGCM"], unsafe=False),
    Sink(["key = Fernet.generate_key()", 'data = Fernet(key).encrypt(bar.encode("utf-8"))'],
         ["from cryptography.fernet import Fernet"], unsafe=False),
], 10)

WEB_ONLY = {"xss", "redirect", "trustbound", "securecookie"}
NON_TAINT = {"hash", "weakrand", "securecookie", "cipher"}


def sink_fits(sink, bar, source, cat):
    if source.only is not None and cat not in source.only:
        return False
    fw = DJANGO if source.fw is DJANGO_CBV else source.fw
    if sink.fws is not None and fw not in sink.fws:
        return False
    if sink.fws is None and source.fw is FASTAPI and False:
        return False
    if bar.carries and sink.exact and not bar.exact:
        return False
    if bar.guard and bar.guard not in sink.guards:
        return False
    return True


def render(case, cat, cwe, want, source, bar, sink):
    fw = source.fw
    vulnerable = sink.unsafe and (bar.carries or cat in NON_TAINT)
    imports = fw.imports() + source.imports + bar.imports + sink.imports
    body = list(source.lines) + list(bar.lines)
    ret = fw.ok()
    ends_with_return = False
    for line in sink.lines:
        if line.startswith("@HTML(") or "@HTML(" in line:
            expr = line[line.index("@HTML(") + 6:]
            marker = ""
            if "@SINK" in expr:
                expr, marker = expr.replace("  @SINK", ""), "  @SINK"
            expr = expr[:-1]  # the closing parenthesis of @HTML(...)
            line = fw.html(expr) + marker
        body.append(line)
        if line.lstrip().startswith("return ") and not line.startswith(" "):
            ends_with_return = True
    if not ends_with_return:
        body.append(ret)
    bad = {FLASK: '"bad request", 400', DJANGO: 'HttpResponse("bad request", status=400)',
           DJANGO_CBV: 'HttpResponse("bad request", status=400)',
           FASTAPI: '{"error": "bad request"}', SCRIPT: "1"}[fw]
    text = "\n".join(body)
    text = text.replace("return BAD", "return " + bad)
    if "sys." in text and "import sys" not in imports:
        imports.append("import sys")
    if ("os." in text or "os.environ" in text) and "import os" not in imports:
        imports.append("import os")
    if "urllib.parse" in text and "import urllib.parse" not in imports:
        imports.append("import urllib.parse")
    if fw in (DJANGO, DJANGO_CBV) and "HttpResponse(" in text and "from django.http import HttpResponse" not in imports:
        imports.append("from django.http import HttpResponse")
    if "app.logger" in text and fw is not FLASK:
        raise SystemExit("app.logger outside flask")
    out_lines = []
    for line in text.split("\n"):
        if "@SINK" in line:
            line = line.replace("@SINK", "# want: " + want) if vulnerable else line.replace("  @SINK", "")
        out_lines.append(line)
    seen, imps = set(), []
    for imp in imports:
        if imp not in seen:
            seen.add(imp)
            imps.append(imp)
    imps.sort(key=lambda s: (s.startswith("from "), s))
    label = "vulnerable" if vulnerable else "safe"
    parts = ["# label: %s %s CWE-%d" % (cat, label, cwe),
             "# %s: source %s, bar %s" % (case, fw.name, bar.name), ""]
    parts += imps
    if fw.setup():
        parts += [""] + fw.setup()
    for h in bar.helpers:
        pass
    if bar.helpers:
        parts += ["", ""] + bar.helpers
    parts += ["", ""] + fw.head(case, source)
    parts += textwrap.indent("\n".join(out_lines), " " * getattr(fw, "indent", 4)).split("\n")
    tail = fw.tail()
    if fw is DJANGO:
        tail = [t % (case, case) if "%s" in t else t for t in tail]
    if fw is DJANGO_CBV:
        tail = [t % (case, camel(case)) if "%s" in t else t for t in tail]
    parts += tail
    return "\n".join(parts) + "\n", vulnerable


# ---------------------------------------------------------------------------
# App-factory style cases: routes registered inside `def init(app)`, a GET
# handler delegating to the POST one, imports inside the handler, project
# helper modules (testdata/labelled/helpers) giving the connections and
# paths, tab indentation, and a RESPONSE string built up and returned.

BENCH_SINKS = {
    "sqli": [
        (True, ["import helpers.db_sqlite", "sql = f\"SELECT * FROM users WHERE username = '{bar}'\"",
                "con = helpers.db_sqlite.get_connection()", "cur = con.cursor()", "cur.execute(sql)  @SINK",
                'RESPONSE += "Query done"']),
        (False, ["import helpers.db_sqlite", 'sql = "SELECT * FROM users WHERE username = ?"',
                 "con = helpers.db_sqlite.get_connection()", "cur = con.cursor()", "cur.execute(sql, (bar,))",
                 'RESPONSE += "Query done"']),
    ],
    "cmdi": [
        (True, ["import subprocess", 'proc = subprocess.run("echo " + bar, shell=True, capture_output=True)  @SINK',
                "RESPONSE += helpers.utils.escape_for_html(proc.stdout.decode())"]),
        (False, ["import subprocess", 'proc = subprocess.run(["echo", bar], capture_output=True)',
                 "RESPONSE += helpers.utils.escape_for_html(proc.stdout.decode())"]),
    ],
    "pathtraver": [
        (True, ["file_name = helpers.utils.TESTFILES_DIR / bar", 'fd = open(file_name, "rb")  @SINK',
                "RESPONSE += helpers.utils.escape_for_html(fd.read(100))", "fd.close()"]),
        (False, ["from werkzeug.utils import secure_filename",
                 "file_name = helpers.utils.TESTFILES_DIR / secure_filename(bar)", 'fd = open(file_name, "rb")',
                 "RESPONSE += helpers.utils.escape_for_html(fd.read(100))", "fd.close()"]),
    ],
    "xss": [
        (True, ['RESPONSE += "Parameter value: " + bar', "return RESPONSE  @SINK"]),
        (False, ['RESPONSE += "Parameter value: " + helpers.utils.escape_for_html(bar)']),
    ],
    "ldapi": [
        (True, ["import helpers.ldap", "conn = helpers.ldap.get_connection()",
                'query = f"(&(objectclass=person)(uid={bar}))"',
                "conn.search(helpers.ldap.BASE_DN, query)  @SINK", 'RESPONSE += "Search done"']),
        (False, ["import helpers.ldap", "from ldap3.utils.conv import escape_filter_chars",
                 "conn = helpers.ldap.get_connection()",
                 'query = f"(&(objectclass=person)(uid={escape_filter_chars(bar)}))"',
                 "conn.search(helpers.ldap.BASE_DN, query)", 'RESPONSE += "Search done"']),
    ],
    "xpathi": [
        (True, ["import lxml.etree", 'root = lxml.etree.parse(str(helpers.utils.RES_DIR / "employees.xml"))',
                "query = f\"/Employees/Employee[@emplid='{bar}']\"", "nodes = root.xpath(query)  @SINK",
                'RESPONSE += "Found %d" % len(nodes)']),
        (False, ["import lxml.etree", 'root = lxml.etree.parse(str(helpers.utils.RES_DIR / "employees.xml"))',
                 'nodes = root.xpath("/Employees/Employee[@emplid=$id]", id=bar)',
                 'RESPONSE += "Found %d" % len(nodes)']),
    ],
    "codeinj": [
        (True, ["result = eval(bar)  @SINK", "RESPONSE += helpers.utils.escape_for_html(result)"]),
        (False, ["import ast", "result = ast.literal_eval(bar)", "RESPONSE += helpers.utils.escape_for_html(result)"]),
    ],
    "deserialization": [
        (True, ["import yaml", "obj = yaml.load(bar, Loader=yaml.Loader)  @SINK",
                "RESPONSE += helpers.utils.escape_for_html(obj)"]),
        (False, ["import yaml", "obj = yaml.safe_load(bar)", "RESPONSE += helpers.utils.escape_for_html(obj)"]),
    ],
    "redirect": [
        (True, ["import flask", "return flask.redirect(bar)  @SINK"]),
        (False, ["import flask", 'if bar not in ("/", "/account"):', '    bar = "/"', "return flask.redirect(bar)"]),
    ],
    "trustbound": [
        (True, ["import flask", 'flask.session["userid"] = bar  @SINK', 'RESPONSE += "Stored"']),
        (False, ["import flask", 'flask.session["userid"] = "anonymous"',
                 'RESPONSE += "Stored " + helpers.utils.escape_for_html(bar)']),
    ],
    "xxe": [
        (True, ["import lxml.etree", "parser = lxml.etree.XMLParser(resolve_entities=True)",
                'root = lxml.etree.fromstring(bar.encode("utf-8"), parser)  @SINK',
                "RESPONSE += helpers.utils.escape_for_html(root.text)"]),
        (False, ["import lxml.etree", "parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True)",
                 'root = lxml.etree.fromstring(bar.encode("utf-8"), parser)',
                 "RESPONSE += helpers.utils.escape_for_html(root.text)"]),
    ],
    "ssrf": [
        (True, ["import requests", "r = requests.get(bar, timeout=3)  @SINK",
                "RESPONSE += helpers.utils.escape_for_html(r.status_code)"]),
        (False, ["import requests", 'r = requests.get("https://www.example.com/lookup", params={"q": bar}, timeout=3)',
                 "RESPONSE += helpers.utils.escape_for_html(r.status_code)"]),
    ],
    "hash": [
        (True, ["import hashlib", 'h = hashlib.new("md5")  @SINK', 'h.update(bar.encode("utf-8"))',
                "RESPONSE += h.hexdigest()"]),
        (False, ["import hashlib", 'h = hashlib.new("sha384")', 'h.update(bar.encode("utf-8"))',
                 "RESPONSE += h.hexdigest()"]),
    ],
    "weakrand": [
        (True, ["import random", "value = random.random()  @SINK", 'remember = "rem-" + str(value)[2:]',
                'RESPONSE += "Remember me token: " + remember']),
        (False, ["import secrets", "value = secrets.randbelow(10**12)", 'remember = "rem-" + str(value)',
                 'RESPONSE += "Remember me token: " + remember']),
    ],
    "securecookie": [
        (True, ["import flask", "response = flask.make_response(RESPONSE)",
                'response.set_cookie("SomeCookie", helpers.utils.escape_for_html(bar), secure=False, httponly=True)  @SINK',
                "return response"]),
        (False, ["import flask", "response = flask.make_response(RESPONSE)",
                 'response.set_cookie("SomeCookie", helpers.utils.escape_for_html(bar), secure=True, httponly=True)',
                 "return response"]),
    ],
}

BENCH_SOURCES = [
    ['param = request.args.get("BenchParam")', "if not param:", '    param = ""'],
    ['param = request.form.get("BenchParam")', "if not param:", '    param = ""'],
    ['param = request.headers.get("BenchParam")', "if not param:", '    param = ""'],
    ['param = ""', "for name in request.headers.keys():",
     '    if name in ("Host", "Accept", "Accept-Language", "Accept-Encoding", "User-Agent", "Cookie"):',
     "        continue", "    param = name", "    break"],
    ['param = request.cookies.get("BenchParam", "noCookieValueSupplied")'],
    ['param = ""', 'query = request.query_string.decode("utf-8")', 'loc = query.find("BenchParam=")',
     "if loc != -1:", '    param = query[loc + len("BenchParam="):]', '    amp = param.find("&")',
     "    if amp != -1:", "        param = param[:amp]", "param = urllib.parse.unquote_plus(param)"],
    ['values = request.args.getlist("BenchParam")', 'param = values[0] if values else ""'],
]


def tabs(line):
    n = len(line) - len(line.lstrip(" "))
    return "\t" * (n // 4) + line.lstrip(" ")


def bench_cases(rot):
    counts = {}
    k = 0
    for cat, variants in BENCH_SINKS.items():
        cwe, want, _, _ = CATEGORIES[cat]
        def pick(bars, slot, step):
            while True:
                b = bars[rot[slot] % len(bars)]
                rot[slot] += step
                if cat not in b.skip and (b.only is None or cat in b.only):
                    return b

        plan = []
        for i in range(3):
            plan.append((pick(PROPAGATE, 0, 1), variants[0]))
        plan.append((pick(SANITIZE, 1, 1), variants[0]))
        plan.append((pick(PROPAGATE, 2, 3), variants[1]))
        plan.append((pick(PROPAGATE, 2, 3), variants[1]))
        for idx, (bar, (unsafe, sink)) in enumerate(plan):
            if cat in NON_TAINT:
                bar = PROPAGATE[idx % 4]
            if bar.guard == "alnum" and cat in ("codeinj", "deserialization", "xxe", "ssrf"):
                bar = SANITIZE[0]
            vulnerable = unsafe and (bar.carries or cat in NON_TAINT)
            case = "bench_%s_%02d" % (cat, idx + 1)
            src = BENCH_SOURCES[k % len(BENCH_SOURCES)]
            k += 1
            if any("headers.keys()" in line for line in src) and cat not in HEADER_NAME_CATEGORIES:
                src = BENCH_SOURCES[k % len(BENCH_SOURCES)]
                k += 1
            body = ['RESPONSE = ""', ""] + src + [""] + bar.lines + [""] + sink
            if not sink[-1].startswith("return"):
                body.append("return RESPONSE")
            text = "\n".join(body).replace("return BAD", 'return "bad request", 400')
            lines = []
            for line in text.split("\n"):
                if "@SINK" in line:
                    line = line.replace("@SINK", "# want: " + want) if vulnerable else line.replace("  @SINK", "")
                lines.append(tabs(line) if line else line)
            imps = ["from flask import request"]
            if "urllib.parse" in text:
                imps.insert(0, "import urllib.parse")
            if "helpers.utils" in text:
                imps.insert(0, "import helpers.utils")
            for imp in bar.imports:
                imps.insert(0, imp)
            label = "vulnerable" if vulnerable else "safe"
            out = ["# label: %s %s CWE-%d" % (cat, label, cwe),
                   "# %s: app-factory style, bar %s" % (case, bar.name), ""] + imps + [""]
            if bar.helpers:
                out += [""] + [tabs(h) for h in bar.helpers] + [""]
            route = "/benchmark/%s/%s" % (cat, case)
            out += ["", "def init(app):", "",
                    '\t@app.route("%s", methods=["GET"])' % route,
                    "\tdef %s_get():" % case, "\t\treturn %s_post()" % case, "",
                    '\t@app.route("%s", methods=["POST"])' % route,
                    "\tdef %s_post():" % case]
            out += [("\t\t" + l) if l else "" for l in lines]
            with open(os.path.join(OUT, case + ".py"), "w") as fh:
                fh.write("\n".join(out) + "\n")
            counts.setdefault(cat, [0, 0])[0 if vulnerable else 1] += 1
    return counts


def main():
    for bar in PROPAGATE + SANITIZE:
        check_bar(bar)
    os.makedirs(OUT, exist_ok=True)
    for name in os.listdir(OUT):
        if name.endswith(".py") and not name.startswith("hand_"):
            os.remove(os.path.join(OUT, name))
    counts = {}
    rot = [0, 0, 0]
    for cat, (cwe, want, sinks, weight) in CATEGORIES.items():
        sources = WEB_SOURCES if cat in WEB_ONLY else SOURCES
        unsafe = [s for s in sinks if s.unsafe]
        safe = [s for s in sinks if not s.unsafe]
        plan = []  # (bar, sink)
        half = weight // 2
        if cat in NON_TAINT:
            bars = PROPAGATE[:6]
            for i in range(half):
                plan.append((bars[i % len(bars)], unsafe[i % len(unsafe)]))
            for i in range(weight - half):
                plan.append((bars[(i + 2) % len(bars)], safe[i % len(safe)]))
        else:
            # The bars rotate across categories so every one meets several sinks.
            def fits(b):
                return cat not in b.skip and (b.only is None or cat in b.only)

            def next_bar(bars, slot, step=1):
                while True:
                    b = bars[rot[slot] % len(bars)]
                    rot[slot] += step
                    if fits(b):
                        return b

            for i in range(max(half, len(unsafe))):
                plan.append((next_bar(PROPAGATE, 0), unsafe[i % len(unsafe)]))
            n_safe = weight - half
            n_bar_safe = (n_safe * 2 + 2) // 3
            for i in range(n_bar_safe):
                plan.append((next_bar(SANITIZE, 1), unsafe[i % len(unsafe)]))
            for i in range(max(n_safe - n_bar_safe, len(safe))):  # every safe sink at least once
                plan.append((next_bar(PROPAGATE, 2, 5), safe[i % len(safe)]))
        written = 0
        k = 0
        for idx, (bar, sink0) in enumerate(plan):
            # pick the next source the sink accepts; when the bar does not fit
            # the sink (a guard or a changed value), the next sink of that kind
            same = [x for x in sinks if x.unsafe == sink0.unsafe]
            same = same[same.index(sink0):] + same[:same.index(sink0)]
            chosen = None
            for sink in same:
                for attempt in range(len(sources)):
                    source = sources[(k + attempt) % len(sources)]
                    if sink_fits(sink, bar, source, cat):
                        k += attempt + 1
                        chosen = sink
                        break
                if chosen:
                    break
            if chosen is None:
                continue  # e.g. a whitespace-changing bar before a whole-document sink
            case = "%s_%04d" % (cat, idx + 1)
            text, vulnerable = render(case, cat, cwe, want, source, bar, sink)
            with open(os.path.join(OUT, case + ".py"), "w") as fh:
                fh.write(text)
            written += 1
            counts.setdefault(cat, [0, 0])[0 if vulnerable else 1] += 1
    for cat, (v, sf) in bench_cases(rot).items():
        counts[cat][0] += v
        counts[cat][1] += sf
    total = [0, 0]
    for cat, (v, s) in counts.items():
        print("%-16s vulnerable %3d  safe %3d" % (cat, v, s))
        total[0] += v
        total[1] += s
    print("%-16s vulnerable %3d  safe %3d" % ("total", total[0], total[1]))


if __name__ == "__main__":
    main()
