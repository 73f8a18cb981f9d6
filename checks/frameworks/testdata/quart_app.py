from quart import Quart
from quart_cors import cors

app = Quart(__name__)
app = cors(app, allow_origin="*", allow_credentials=True)  # want: K207
ok = cors(app, allow_origin="https://app.example.com", allow_credentials=True)
app.config["SECRET_KEY"] = "quart-literal"  # want: K202, B105
app.run(debug=True)  # want: K201
