# label: sqli vulnerable CWE-89
from flask import Blueprint, request

from app.db import find_products

bp = Blueprint("shop", __name__)


@bp.route("/products")
def products():
    return {"items": find_products(request.args.get("q", ""))}
