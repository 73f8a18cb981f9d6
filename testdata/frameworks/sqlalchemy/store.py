"""Order lookups with SQLAlchemy Core, the ORM and Flask-SQLAlchemy."""
from flask import Flask, jsonify, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import bindparam, column, create_engine, literal_column, select, text
from sqlalchemy.orm import Session, sessionmaker

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///store.db"
db = SQLAlchemy(app)
engine = create_engine("sqlite:///store.db")
SessionLocal = sessionmaker(bind=engine)


class Order(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    customer = db.Column(db.String(80))
    status = db.Column(db.String(20))


@app.route("/orders")
def orders():
    customer = request.args.get("customer", "")
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT id FROM orders WHERE customer = '" + customer + "'"))  # want: T89
        return jsonify([r.id for r in rows])


@app.route("/orders/safe")
def orders_safe():
    customer = request.args.get("customer", "")
    with engine.connect() as conn:
        query = text("SELECT id FROM orders WHERE customer = :customer")
        rows = conn.execute(query, {"customer": customer})
        return jsonify([r.id for r in rows])


@app.route("/orders/sorted")
def orders_sorted():
    key = request.args.get("sort", "id")
    stmt = select(Order.id).order_by(literal_column(key))  # want: T89
    with Session(engine) as session:
        return jsonify([r.id for r in session.execute(stmt)])


@app.route("/orders/status")
def orders_status():
    status = request.args.get("status", "open")
    stmt = select(Order.id).where(Order.status == status)
    with SessionLocal() as session:
        return jsonify([r.id for r in session.execute(stmt)])


@app.route("/orders/raw")
def orders_raw():
    status = request.args.get("status", "open")
    sql = f"SELECT id FROM orders WHERE status = '{status}'"
    result = db.session.execute(sql)  # want: T89
    return jsonify([r.id for r in result])


@app.route("/orders/count")
def orders_count():
    status = request.args.get("status", "open")
    stmt = text("SELECT count(*) FROM orders WHERE status = :s").bindparams(bindparam("s", status))
    return jsonify(db.session.execute(stmt).scalar())


@app.route("/orders/columns")
def orders_columns():
    name = request.args.get("column", "id")
    raw = select(column(name, is_literal=True))  # want: T89
    quoted = select(column(name))
    with engine.connect() as conn:
        return jsonify([list(conn.execute(raw)), list(conn.execute(quoted))])


@app.route("/orders/legacy")
def orders_legacy():
    customer = request.args.get("customer", "")
    conn = engine.connect()
    rows = conn.exec_driver_sql("DELETE FROM orders WHERE customer = '%s'" % customer)  # want: T89
    return jsonify(rows.rowcount)
