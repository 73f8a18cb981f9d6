# label: xss vulnerable CWE-79
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/search", response_class=HTMLResponse)
def search(q: str = ""):
    return HTMLResponse(content=f"<p>Results for {q}</p>")  # want: T79
