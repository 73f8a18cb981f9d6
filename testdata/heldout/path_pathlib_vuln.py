# label: path vulnerable CWE-22
from pathlib import Path

from fastapi import FastAPI

app = FastAPI()
ROOT = Path("/var/reports")


@app.get("/report")
def report(name: str):
    target = ROOT / name
    return {"body": target.read_text()}  # want: T22
