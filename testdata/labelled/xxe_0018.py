# label: xxe safe CWE-611
# xxe_0018: source fastapi, bar dictset

import io
import xml.sax
import xml.sax.handler
from fastapi import FastAPI

app = FastAPI()


@app.get("/xxe_0018")
def xxe_0018(q: str = ""):
    param = q
    values = {}
    values["keyB"] = param
    values["keyA"] = "a-Value"
    bar = values.get("keyB")
    parser = xml.sax.make_parser()
    parser.setContentHandler(xml.sax.handler.ContentHandler())
    parser.parse(io.StringIO(bar))
    return {"status": "ok"}
