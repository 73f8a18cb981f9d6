from flask import Flask

app = Flask(__name__)
app.run(debug=True)  # want: B201(HIGH,MEDIUM)
app.run(
    host="127.0.0.1",
    debug=True,  # want: B201
)
app.run(debug=False)
app.run()
app.run(debug=flag)
app.start(debug=True)
