"""Product catalogue on Azure Cosmos DB."""
import os

from azure.cosmos import CosmosClient
from flask import Flask, jsonify, request

app = Flask(__name__)
client = CosmosClient(os.environ["COSMOS_URL"], credential=os.environ["COSMOS_KEY"])
container = client.get_database_client("catalog").get_container_client("products")


@app.route("/products")
def products():
    category = request.args.get("category", "")
    items = container.query_items(  # want: T89
        "SELECT * FROM p WHERE p.category = '" + category + "'",
        enable_cross_partition_query=True,
    )
    return jsonify(list(items))


@app.route("/products/safe")
def products_safe():
    category = request.args.get("category", "")
    items = container.query_items(
        query="SELECT * FROM p WHERE p.category = @category",
        parameters=[{"name": "@category", "value": category}],
        enable_cross_partition_query=True,
    )
    return jsonify(list(items))
