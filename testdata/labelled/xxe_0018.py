# label: xxe safe CWE-611
# xxe_0018: source fastapi, bar match

import io
import xml.sax
import xml.sax.handler
from fastapi import FastAPI

app = FastAPI()


@app.get("/xxe_0018")
def xxe_0018(q: str = ""):
    param = q
    guess = "ABC"
    switch_target = guess[2]
    match switch_target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case "C" | "D":
            bar = param
        case _:
            bar = "bob's your uncle"
    parser = xml.sax.make_parser()
    parser.setContentHandler(xml.sax.handler.ContentHandler())
    parser.parse(io.StringIO(bar))
    return {"status": "ok"}
