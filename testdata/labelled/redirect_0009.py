# label: redirect vulnerable CWE-601
# redirect_0009: source fastapi, bar deque

import collections
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect_0009")
def redirect_0009(q: str = ""):
    param = q
    queue = collections.deque()
    queue.append("safe")
    queue.append(param)
    queue.popleft()
    bar = queue[0]
    return RedirectResponse(bar)  # want: T601
