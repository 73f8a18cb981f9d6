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
            route += "/<%s>" % source.route_param
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

# ---------------------------------------------------------------------------
# Sources: lines that leave the untrusted value in `param`.


class Source:
    def __init__(self, fw, lines, imports=(), route_param=None, signature=""):
        self.fw = fw
        self.lines = lines
        self.imports = list(imports)
        self.route_param = route_param
        self.signature = signature


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
                   "    break"]),
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
    Source(FLASK, ["param = request.path.rsplit(\"/\", 1)[-1]"]),
    Source(DJANGO, ['param = request.GET.get("q", "")']),
    Source(DJANGO, ['param = request.POST.get("comment", "")']),
    Source(DJANGO, ['param = request.META.get("HTTP_X_CLIENT_REF", "")']),
    Source(DJANGO, ['param = request.COOKIES.get("preference", "")']),
    Source(FASTAPI, ["param = q"], signature='q: str = ""'),
    Source(SCRIPT, ["param = sys.argv[1] if len(sys.argv) > 1 else \"\""], imports=["import sys"]),
    Source(SCRIPT, ['param = input("value: ")']),
    Source(SCRIPT, ['param = os.environ.get("APP_VALUE", "")'], imports=["import os"]),
]

WEB_SOURCES = [s for s in SOURCES if s.fw.web]
FLASK_SOURCES = [s for s in SOURCES if s.fw is FLASK]

# ---------------------------------------------------------------------------
# "bar" computations. `carries` says whether bar holds param afterwards; it
# is checked by running the code with a marker value.


class Bar:
    def __init__(self, name, lines, helpers=(), imports=(), carries=True, exact=True, guard=None):
        self.name = name
        self.lines = lines
        self.helpers = list(helpers)
        self.imports = list(imports)
        self.carries = carries
        self.exact = exact  # bar == param when it carries (sinks needing a whole URL/document)
        self.guard = guard  # kinds the guard in lines makes safe (None = no guard)


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
    Bar("overwrite_late", ['bar = "constant"', "if param:", "    bar = param"], exact=False),
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
]


def check_bar(bar):
    """Runs the computation with a marker and checks `carries`."""
    marker = "MARK<'\"&;|../x>"
    env = {}
    src = "import base64\n" + "\n".join(bar.helpers) + "\n"
    body = ["param = %r" % marker, "BAD = None"] + bar.lines
    src += "def run(param):\n" + textwrap.indent("\n".join(body[1:]), "    ") + "\n    return bar\n"
    exec(src, env)  # our own generated code
    try:
        got = env["run"](marker)
    except ValueError:
        got = None  # int() refuses it: nothing reaches the sink
    carried = got is not None and "MARK" in got
    if bar.guard:
        carried = False  # the guard returned early for the marker
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
], 30)

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
], 30)

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
], 30)

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
], 30)

category("ldapi", 90, "T90", [
    Sink(['server = ldap3.Server("ldap://ldap.example.com")', "conn = ldap3.Connection(server, auto_bind=True)",
          'search_filter = "(&(objectClass=person)(uid=" + bar + "))"',
          'conn.search("dc=example,dc=com", search_filter)  @SINK'], ["import ldap3"], guards=("all", "alnum")),
    Sink(['server = ldap3.Server("ldap://ldap.example.com")', "conn = ldap3.Connection(server, auto_bind=True)",
          'search_filter = "(&(objectClass=person)(uid=" + escape_filter_chars(bar) + "))"',
          'conn.search("dc=example,dc=com", search_filter)'],
         ["import ldap3", "from ldap3.utils.conv import escape_filter_chars"], unsafe=False),
], 14)

category("xpathi", 643, "T643", [
    Sink(['root = etree.parse("users.xml")',
          "nodes = root.xpath(\"/users/user[@name='\" + bar + \"']/email/text()\")  @SINK"],
         ["from lxml import etree"], guards=("all", "alnum")),
    Sink(['root = etree.parse("users.xml")',
          'nodes = root.xpath("/users/user[@name=$name]/email/text()", name=bar)'],
         ["from lxml import etree"], unsafe=False),
], 12)

category("codeinj", 94, "T94", [
    Sink(["result = eval(bar)  @SINK"], exact=True, guards=("all",)),
    Sink(['exec("total = " + bar)  @SINK'], guards=("all",)),
    Sink(["result = ast.literal_eval(bar)"], ["import ast"], unsafe=False),
], 12)

category("deserialization", 502, "T502", [
    Sink(["obj = pickle.loads(base64.b64decode(bar))  @SINK"], ["import base64", "import pickle"], exact=True,
         guards=("all",)),
    Sink(["obj = yaml.load(bar, Loader=yaml.Loader)  @SINK"], ["import yaml"], exact=True, guards=("all",)),
    Sink(["obj = json.loads(bar)"], ["import json"], unsafe=False),
    Sink(["obj = yaml.safe_load(bar)"], ["import yaml"], unsafe=False),
], 12)

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
], 12)

category("trustbound", 501, "T501", [
    Sink(['session["user_ref"] = bar  @SINK'], ["from flask import session"], fws=(FLASK,),
         guards=("all",)),
    Sink(['request.session["user_ref"] = bar  @SINK'], fws=(DJANGO,), guards=("all",)),
    Sink(['session["user_ref"] = "guest"', 'app.logger.info("visit from %s", bar.isalnum())'],
         ["from flask import session"], fws=(FLASK,), unsafe=False),
    Sink(['request.session["visits"] = request.session.get("visits", 0) + 1', 'found = bar in ("a", "b")'],
         fws=(DJANGO,), unsafe=False),
], 12)

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
], 12)

category("ssrf", 918, "T918", [
    Sink(["resp = requests.get(bar, timeout=5)  @SINK"], ["import requests"], exact=True, guards=("all",)),
    Sink(['with urllib.request.urlopen("http://" + bar + "/status") as resp:  @SINK', "    body = resp.read()"],
         ["import urllib.request"], guards=("all",)),
    Sink(['resp = requests.get("https://api.example.com/search", params={"q": bar}, timeout=5)'],
         ["import requests"], unsafe=False),
    Sink(['if bar not in ("eu", "us"):', "    return BAD",
          'resp = requests.get(f"https://{bar}.api.example.com/health", timeout=5)'],
         ["import requests"], unsafe=False),
], 12)

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


def sink_fits(sink, bar, source):
    if sink.fws is not None and source.fw not in sink.fws:
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
           FASTAPI: '{"error": "bad request"}', SCRIPT: "1"}[fw]
    text = "\n".join(body)
    text = text.replace("return BAD", "return " + bad)
    if "sys." in text and "import sys" not in imports:
        imports.append("import sys")
    if ("os." in text or "os.environ" in text) and "import os" not in imports:
        imports.append("import os")
    if "urllib.parse" in text and "import urllib.parse" not in imports:
        imports.append("import urllib.parse")
    if fw is DJANGO and "HttpResponse(" in text and "from django.http import HttpResponse" not in imports:
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
    parts += textwrap.indent("\n".join(out_lines), "    ").split("\n")
    tail = fw.tail()
    if fw is DJANGO:
        tail = [t % (case, case) if "%s" in t else t for t in tail]
    parts += tail
    return "\n".join(parts) + "\n", vulnerable


def main():
    for bar in PROPAGATE + SANITIZE:
        check_bar(bar)
    os.makedirs(OUT, exist_ok=True)
    for name in os.listdir(OUT):
        if name.endswith(".py") and not name.startswith("hand_"):
            os.remove(os.path.join(OUT, name))
    counts = {}
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
            for i in range(half):
                plan.append((PROPAGATE[i % len(PROPAGATE)], unsafe[i % len(unsafe)]))
            n_safe = weight - half
            n_bar_safe = (n_safe * 2 + 2) // 3
            for i in range(n_bar_safe):
                plan.append((SANITIZE[i % len(SANITIZE)], unsafe[i % len(unsafe)]))
            for i in range(n_safe - n_bar_safe):
                plan.append((PROPAGATE[(i * 3) % len(PROPAGATE)], safe[i % len(safe)]))
        written = 0
        k = 0
        for idx, (bar, sink) in enumerate(plan):
            # pick the next source the sink accepts
            for attempt in range(len(sources) * 3):
                source = sources[(k + attempt) % len(sources)]
                if sink_fits(sink, bar, source):
                    k += attempt + 1
                    break
            else:
                # the bar does not fit this sink: take a direct bar instead
                continue
            case = "%s_%04d" % (cat, idx + 1)
            text, vulnerable = render(case, cat, cwe, want, source, bar, sink)
            with open(os.path.join(OUT, case + ".py"), "w") as fh:
                fh.write(text)
            written += 1
            counts.setdefault(cat, [0, 0])[0 if vulnerable else 1] += 1
    total = [0, 0]
    for cat, (v, s) in counts.items():
        print("%-16s vulnerable %3d  safe %3d" % (cat, v, s))
        total[0] += v
        total[1] += s
    print("%-16s vulnerable %3d  safe %3d" % ("total", total[0], total[1]))


if __name__ == "__main__":
    main()
