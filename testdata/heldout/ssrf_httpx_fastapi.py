# label: ssrf vulnerable CWE-918
import httpx
from fastapi import FastAPI

app = FastAPI()


@app.get("/proxy")
async def proxy(target: str):
    async with httpx.AsyncClient() as client:
        r = await client.get(target)  # want: T918
    return {"status": r.status_code}
