import os
import sqlite3

from flask import Flask, redirect, render_template, url_for
from flask_wtf import FlaskForm
from wtforms import PasswordField, StringField
from wtforms.validators import DataRequired

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SIGNUP_SECRET"]


class SignupForm(FlaskForm):
    username = StringField("Username", validators=[DataRequired()])
    password = PasswordField("Password", validators=[DataRequired()])


@app.route("/signup", methods=["GET", "POST"])
def signup():
    form = SignupForm()
    if form.validate_on_submit():
        db = sqlite3.connect("users.db")
        db.execute("INSERT INTO users (name) VALUES ('%s')" % form.username.data)  # want: T89
        db.execute("INSERT INTO users (name) VALUES (?)", (form.username.data,))
        return redirect(url_for("signup"))
    return render_template("signup.html", form=form)
