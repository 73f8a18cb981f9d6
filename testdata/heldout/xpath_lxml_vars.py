# label: xpath safe CWE-643
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
TREE = etree.parse("/srv/data/users.xml")


@app.route("/user")
def user():
    name = request.args.get("name", "")
    nodes = TREE.xpath("//user[@name=$n]", n=name)
    return {"n": len(nodes)}
