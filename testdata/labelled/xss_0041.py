# label: xss safe CWE-79
# xss_0041: source fastapi, bar deque

import collections
import html
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss_0041")
def xss_0041(q: str = ""):
    param = q
    queue = collections.deque()
    queue.append("safe")
    queue.append(param)
    queue.popleft()
    bar = queue[0]
    return HTMLResponse("<h1>%s</h1>" % html.escape(bar))
