# label: deser vulnerable CWE-502
import marshal

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/code")
async def code(req: Request):
    body = await req.body()
    obj = marshal.loads(body)  # want: T502
    return {"type": type(obj).__name__}
