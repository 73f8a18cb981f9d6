import databases
from fastapi import FastAPI

app = FastAPI()
database = databases.Database("sqlite:///notes.db")


@app.get("/notes")
async def notes(tag: str):
    rows = await database.fetch_all(query=f"SELECT body FROM notes WHERE tag = '{tag}'")  # want: T89
    same = await database.fetch_all(query="SELECT body FROM notes WHERE tag = :tag", values={"tag": tag})
    return {"notes": [r[0] for r in rows + same]}
