# label: cmdi safe CWE-78
import subprocess

from fastapi import FastAPI

app = FastAPI()


@app.get("/log")
def log(author: str):
    out = subprocess.run(
        ["git", "log", "--format=%h %s", f"--author={author}"],
        cwd="/srv/repo", capture_output=True, text=True, check=False,
    )
    return {"lines": out.stdout.splitlines()}
