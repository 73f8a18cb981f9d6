# label: log vulnerable CWE-117
import logging

from fastapi import FastAPI

app = FastAPI()


@app.get("/track")
def track(event: str):
    logging.info(f"event received: {event}")  # want: T117
    return {"ok": True}
