"""An image mirror using httpx."""
import httpx
from fastapi import FastAPI, HTTPException

app = FastAPI()
ALLOWED = {"https://images.example.com/logo.png", "https://images.example.com/banner.png"}


@app.get("/mirror")
async def mirror(src: str):
    async with httpx.AsyncClient() as client:
        response = await client.get(src)  # want: T918
    return {"size": len(response.content)}


@app.get("/mirror/allowed")
async def mirror_allowed(src: str):
    if src not in ALLOWED:
        raise HTTPException(status_code=400)
    async with httpx.AsyncClient() as client:
        response = await client.get(src)
    return {"size": len(response.content)}


@app.get("/status")
def status(target: str):
    return {"code": httpx.head(target).status_code}  # want: T918


@app.get("/status/fixed")
def status_fixed(target: str):
    with httpx.Client(base_url="https://status.example.com") as client:
        return {"code": client.get("/health", params={"target": target}).status_code}
