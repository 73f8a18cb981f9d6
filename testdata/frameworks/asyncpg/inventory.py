"""Stock levels on PostgreSQL through asyncpg."""
import asyncpg
from fastapi import FastAPI

app = FastAPI()
DSN = "postgresql://inventory@db/inventory"


@app.get("/stock")
async def stock(sku: str):
    conn = await asyncpg.connect(DSN)
    rows = await conn.fetch("SELECT qty FROM stock WHERE sku = '%s'" % sku)  # want: T89
    same = await conn.fetch("SELECT qty FROM stock WHERE sku = $1", sku)
    await conn.close()
    return {"rows": [dict(r) for r in rows], "same": [dict(r) for r in same]}


@app.post("/stock/reset")
async def reset(location: str):
    pool = await asyncpg.create_pool(DSN)
    async with pool.acquire() as conn:
        await conn.execute("UPDATE stock SET qty = 0 WHERE location = '" + location + "'")  # want: T89
        await conn.execute("UPDATE stock SET qty = 0 WHERE location = $1", location)
    return {"ok": True}


@app.get("/stock/export")
async def export(path: str):
    conn = await asyncpg.connect(DSN)
    await conn.copy_from_table("stock", output=path)  # want: T22
    await conn.copy_from_table("stock", output="/srv/exports/stock.csv")
    return {"ok": True}
