"""Starlette session writes through update() keywords and setdefault()."""
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route


async def remember(request):
    data = await request.json()
    request.session.update(theme=data["theme"])  # want: T501
    request.session.setdefault("lang", data["lang"])  # want: T501
    request.session.update({"visits": 1})
    return PlainTextResponse("saved")


app = Starlette(routes=[Route("/remember", remember, methods=["POST"])])
