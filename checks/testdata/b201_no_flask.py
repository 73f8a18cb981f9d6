import bottle

app = bottle.Bottle()
app.run(debug=True)
