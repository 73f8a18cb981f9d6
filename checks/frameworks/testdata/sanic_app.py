from sanic import Sanic
from sanic.response import text
from sanic_cors import CORS

app = Sanic("demo")
CORS(app, origins="*", supports_credentials=True)  # want: K207


@app.get("/")
async def index(request):
    resp = text("ok")
    resp.add_cookie("sid", "v")  # want: K205
    resp.add_cookie("sid", "v", secure=False, httponly=True)  # want: K204
    return resp


app.run(dev=True)  # want: K201
app.run(debug=False)
