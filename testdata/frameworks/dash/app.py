import sqlite3

from dash import Dash, Input, Output, dcc, html

app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="name"), dcc.Markdown(id="out"), html.Div(id="count")])


@app.callback(Output("out", "children"), Input("name", "value"))
def greet(name):
    return dcc.Markdown("<b>Hello %s</b>" % name, dangerously_allow_html=True)  # want: T79


@app.callback(Output("count", "children"), Input("name", "value"))
def count(name):
    db = sqlite3.connect("people.db")
    rows = db.execute("SELECT count(*) FROM people WHERE name = '" + name + "'").fetchone()  # want: T89
    same = db.execute("SELECT count(*) FROM people WHERE name = ?", (name,)).fetchone()
    return "%s / %s" % (rows[0], same[0])
