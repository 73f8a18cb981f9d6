"""Reports over the same database with Motor, served with aiohttp."""
from aiohttp import web
from motor.motor_asyncio import AsyncIOMotorClient

motor = AsyncIOMotorClient("mongodb://localhost:27017")
reports = motor.accounts.reports


async def by_owner(request):
    query = await request.json()
    doc = await reports.find_one(query)  # want: T943
    return web.json_response({"title": doc["title"] if doc else None})


async def count(request):
    owner = request.match_info["owner"]
    total = await reports.count_documents({"owner": str(owner)})
    return web.json_response({"count": total})


app = web.Application()
app.router.add_post("/reports", by_owner)
app.router.add_get("/reports/{owner}/count", count)
