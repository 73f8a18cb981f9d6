"""A notes API on SQLite through aiosqlite."""
import aiosqlite
from fastapi import FastAPI

app = FastAPI()
DB = "notes.db"


@app.get("/notes")
async def notes(tag: str):
    async with aiosqlite.connect(DB) as db:
        async with db.execute("SELECT body FROM notes WHERE tag = '" + tag + "'") as cursor:  # want: T89
            return {"notes": await cursor.fetchall()}


@app.get("/notes/safe")
async def notes_safe(tag: str):
    async with aiosqlite.connect(DB) as db:
        async with db.execute("SELECT body FROM notes WHERE tag = ?", (tag,)) as cursor:
            return {"notes": await cursor.fetchall()}


@app.delete("/notes")
async def purge(tag: str):
    async with aiosqlite.connect(DB) as db:
        cursor = await db.cursor()
        await cursor.executescript(f"DELETE FROM notes WHERE tag = '{tag}'; VACUUM;")  # want: T89
        await db.commit()
    return {"ok": True}


@app.get("/archive")
async def archive(name: str):
    async with aiosqlite.connect(f"/srv/archive/{name}.db") as db:  # want: T22
        return {"count": len(await db.execute_fetchall("SELECT 1 FROM notes"))}
