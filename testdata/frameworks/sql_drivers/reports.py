"""Reporting endpoints over DuckDB, ClickHouse and Neo4j."""
import duckdb
from clickhouse_driver import Client
from flask import Flask, request
from neo4j import GraphDatabase

app = Flask(__name__)
warehouse = duckdb.connect("warehouse.duckdb")
clickhouse = Client("clickhouse.internal")
graph = GraphDatabase.driver("neo4j://graph.internal:7687", auth=("neo4j", "secret"))


@app.route("/sales")
def sales():
    region = request.args.get("region", "")
    rows = warehouse.sql(f"SELECT SUM(total) FROM sales WHERE region = '{region}'").fetchall()  # want: T89
    rows += warehouse.execute("SELECT SUM(total) FROM sales WHERE region = ?", [region]).fetchall()
    rows += duckdb.sql("SELECT * FROM 'sales.parquet' WHERE region = '" + region + "'").fetchall()  # want: T89
    return {"rows": len(rows)}


@app.route("/events")
def events():
    kind = request.args.get("kind", "")
    hits = clickhouse.execute("SELECT count() FROM events WHERE kind = '%s'" % kind)  # want: T89
    hits += clickhouse.execute("SELECT count() FROM events WHERE kind = %(kind)s", {"kind": kind})
    return {"hits": len(hits)}


@app.route("/friends")
def friends():
    name = request.args.get("name", "")
    with graph.session() as session:
        found = session.run("MATCH (p:Person {name: '" + name + "'})-[:KNOWS]->(f) RETURN f.name")  # want: T943
        same = session.run("MATCH (p:Person {name: $name})-[:KNOWS]->(f) RETURN f.name", name=name)
        return {"n": len(list(found)) + len(list(same))}
