import os
from flask import Blueprint, Flask, jsonify, make_response, render_template, render_template_string, request
from flask.views import MethodView
from markupsafe import Markup, escape
from werkzeug.utils import secure_filename

bp = Blueprint("files", __name__)


def create_app():
    app = Flask(__name__)

    @app.route("/hello/<name>")
    def hello(name):
        return "<h1>Hello " + name + "</h1>"  # want: T79

    @app.route("/user/<int:uid>")
    def user(uid):
        return "<p>user %d</p>" % uid

    @app.route("/safe/<name>")
    def hello_safe(name):
        return "<h1>Hello " + str(escape(name)) + "</h1>"

    @app.route("/json")
    def as_json():
        return jsonify(q=request.args["q"])

    @app.route("/dict")
    def as_dict():
        return {"q": request.args["q"]}

    @app.route("/tpl")
    def tpl():
        return render_template("page.html", q=request.args["q"])

    @app.route("/ssti")
    def ssti():
        return render_template_string("Hi " + request.args["name"])  # want: T1336

    @app.route("/ssti-safe")
    def ssti_safe():
        return render_template_string("Hi {{ name }}", name=request.args["name"])

    @app.route("/resp")
    def resp():
        r = make_response("<b>" + request.args["x"] + "</b>")  # want: T79
        return r

    @app.route("/markup")
    def markup():
        return Markup("<i>%s</i>" % request.args["x"])  # want: T79

    def late(item):
        os.system("echo " + item)  # want: T78
        return "ok"

    app.add_url_rule("/late/<item>", "late", late)
    app.register_blueprint(bp)
    return app


@bp.route("/upload", methods=["POST"])
def upload():
    f = request.files["file"]
    f.save(os.path.join("/uploads", f.filename))  # want: T22
    g = request.files["other"]
    g.save(os.path.join("/uploads", secure_filename(g.filename)))
    return "ok"


@bp.route("/tuple")
def tuple_return():
    return "<p>" + request.args["x"] + "</p>", 200  # want: T79


@bp.route("/plain")
def plain_tuple():
    if request.args.get("a"):
        return "Saved: " + request.args["x"], 200, {"Content-Type": "text/plain; charset=utf-8"}
    if request.args.get("b"):
        return "Saved: " + request.args["x"], [("content-type", "application/json")]
    return "Saved: " + request.args["x"], 200, {"Content-Type": "text/html"}  # want: T79


class ItemView(MethodView):
    def get(self, item_id):
        os.system("echo " + item_id)  # want: T78
        return "ok"

    def helper(self, value):
        return value.upper()


def register(app):
    app.add_url_rule("/items/<item_id>", view_func=ItemView.as_view("items"))


@bp.route("/plain-response")
def plain_response():
    if request.args.get("a"):
        resp = make_response("Saved: " + request.args["x"])
        resp.mimetype = "text/plain"
        return resp
    if request.args.get("b"):
        resp = make_response("Saved: " + request.args["x"])
        resp.headers["Content-Type"] = "application/json"
        return resp
    if request.args.get("c"):
        resp = make_response("Saved: " + request.args["x"])  # want: T79
        if request.args.get("early"):
            return resp
        resp.mimetype = "text/plain"
        return resp
    resp = make_response("Saved: " + request.args["x"])  # want: T79
    resp.mimetype = "text/html"
    return resp


@bp.route("/unescaped")
def unescaped():
    if request.args.get("a"):
        return render_template_string("<p>{{ name|safe }}</p>", name=request.args["n"])  # want: T79
    if request.args.get("b"):
        return render_template_string("<p>{{ name }}</p>", name=request.args["n"])
    if request.args.get("c"):
        return render_template_string("{% autoescape false %}<p>{{ name }}</p>{% endautoescape %}", name=request.args["n"])  # want: T79
    return render_template_string("<p>{{ name|safe }} {{ other }}</p>", name="fixed", other=request.args["n"])
