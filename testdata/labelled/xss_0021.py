# label: xss safe CWE-79
# xss_0021: source fastapi, bar match_safe

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss_0021")
def xss_0021(q: str = ""):
    param = q
    guess = "ABC"
    switch_target = guess[1]
    match switch_target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case "C" | "D":
            bar = param
        case _:
            bar = "bob's your uncle"
    return HTMLResponse("<h1>%s</h1>" % bar)
