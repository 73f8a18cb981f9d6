# label: deserialization safe CWE-502
# deserialization_0017: source fastapi, bar try

import yaml
from fastapi import FastAPI
from fastapi import Header

app = FastAPI()


@app.get("/deserialization_0017")
def deserialization_0017(x_client_ref: str = Header("")):
    param = x_client_ref
    try:
        bar = param.encode("ascii").decode("ascii")
    except UnicodeError:
        bar = ""
    obj = yaml.load(bar, Loader=yaml.SafeLoader)
    return {"status": "ok"}
