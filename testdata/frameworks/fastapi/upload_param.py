import pandas as pd
from fastapi import FastAPI, File, UploadFile

app = FastAPI()


@app.post("/sheets/parse")
async def parse_sheet(upload: UploadFile = File(...)):
    # The upload's .file is an open file object: reading it is not a path.
    frame = pd.read_csv(upload.file)
    return {"rows": len(frame)}


@app.post("/sheets/store")
async def store_sheet(upload: UploadFile = File(...)):
    with open("/srv/sheets/" + upload.filename, "wb") as out:  # want: T22
        out.write(await upload.read())
    return {"stored": upload.filename}
