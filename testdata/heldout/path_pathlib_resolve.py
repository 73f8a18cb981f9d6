# label: path safe CWE-22
from pathlib import Path

from fastapi import FastAPI, HTTPException

app = FastAPI()
ROOT = Path("/var/reports").resolve()


@app.get("/report")
def report(name: str):
    target = (ROOT / name).resolve()
    if not target.is_relative_to(ROOT):
        raise HTTPException(status_code=403)
    return {"body": target.read_text()}
