# label: sqli safe CWE-89
from flask import Flask, request
from sqlalchemy import Column, Integer, String, create_engine
from sqlalchemy.orm import Session, declarative_base

app = Flask(__name__)
Base = declarative_base()
engine = create_engine("sqlite:///users.db")


class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    name = Column(String)


@app.route("/user")
def user():
    with Session(engine) as s:
        u = s.query(User).filter(User.name == request.args.get("name", "")).first()
        return {"id": u.id if u else None}
