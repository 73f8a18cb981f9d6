"""Uploaded spreadsheets parsed in memory; the client's file name used as a path."""
import pandas as pd
from fastapi import FastAPI, File, Request, UploadFile

app = FastAPI()


@app.post("/sheets")
async def sheets(upload: UploadFile = File(...)):
    with open("/srv/sheets/" + upload.filename, "wb") as out:  # want: T22
        out.write(await upload.read())
    return {"saved": True}


@app.post("/sheets/form")
async def sheets_form(request: Request):
    form = await request.form()
    sheet = form.get("sheet")
    frame = pd.read_csv(sheet.file)
    frame2 = pd.read_csv(form.get("path"))  # want: T22
    return {"rows": len(frame) + len(frame2)}
