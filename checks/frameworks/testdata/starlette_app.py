from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware

app = FastAPI(debug=True)  # want: K201
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"])  # want: K207
app.add_middleware(SessionMiddleware, secret_key="literal-session-key")  # want: K202, K204, B106
app.add_middleware(TrustedHostMiddleware, allowed_hosts=["*"])  # want: K203

middleware = [
    Middleware(CORSMiddleware, allow_origin_regex=".*", allow_credentials=True),  # want: K207
    Middleware(SessionMiddleware, secret_key=SECRET, https_only=True, same_site="none"),  # want: K206
]
other = Starlette(debug=False, middleware=middleware)
