"""A template linter endpoint: parsing user text as a template already runs Jinja's compiler."""
from flask import Flask, request
from jinja2 import Environment

app = Flask(__name__)
env = Environment()


@app.route("/lint", methods=["POST"])
def lint():
    tree = env.parse(request.get_data(as_text=True))  # want: T1336
    fixed = env.parse("{{ greeting }}")
    return {"nodes": len(list(tree.iter_child_nodes())) + len(list(fixed.iter_child_nodes()))}
