"""Outbound requests to request-chosen URLs, log records and response headers."""
import http.client
import logging
import smtplib
import socket
import urllib.request
import xmlrpc.client
from urllib.parse import quote

import aiohttp
import httpx
import requests
import urllib3
from flask import Flask, make_response, redirect, request, session

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.route("/fetch")
def fetch():
    url = request.args.get("url", "")
    requests.get(url, timeout=5)  # want: T918
    requests.get("https://api.example.com/items/" + quote(url, safe=""), timeout=5)
    requests.request("POST", url, timeout=5)  # want: T918
    with requests.Session() as s:
        s.get(url)  # want: T918
    httpx.get(url)  # want: T918
    with httpx.Client() as client:
        client.post(url)  # want: T918
    urllib.request.urlopen(url)  # want: T918
    urllib.request.urlopen(urllib.request.Request(url))  # want: T918
    urllib.request.urlopen("https://api.example.com/status")
    urllib3.PoolManager().request("GET", url)  # want: T918
    conn = http.client.HTTPSConnection(url)  # want: T918
    conn.request("GET", "/")
    sock = socket.create_connection((url, 80))  # want: T918
    sock.close()
    xmlrpc.client.ServerProxy(url)  # want: T918
    smtplib.SMTP(url)  # want: T918
    return "fetched"


@app.route("/proxy")
async def proxy():
    url = request.args.get("url", "")
    async with aiohttp.ClientSession() as client:
        async with client.get(url) as resp:  # want: T918
            await resp.text()
        async with client.get("https://api.example.com/health") as resp:
            await resp.text()
    async with httpx.AsyncClient() as ac:
        await ac.get(url)  # want: T918
    return "proxied"


@app.route("/login", methods=["POST"])
def login():
    user = request.form["user"]
    logging.info("login attempt for " + user)  # want: T117
    logging.info("login attempt for %s", user)  # want: T117
    log.warning("failed login: %s", user)  # want: T117
    log.warning("failed login for %s", user.replace("\n", "").replace("\r", ""))
    logging.getLogger("auth").error(f"bad user {user}")  # want: T117
    logging.info("login attempt")
    session["user"] = user  # want: T501
    session["visits"] = 1
    return "ok"


@app.route("/go")
def go():
    target = request.args.get("next", "/")
    if target in ("/", "/home", "/account"):
        return redirect(target)
    return redirect(target)  # want: T601


@app.route("/lang")
def lang():
    value = request.args.get("lang", "en")
    resp = make_response("language set")
    resp.headers["Content-Language"] = value  # want: T113
    resp.headers["X-Static"] = "yes"
    resp.headers.add("X-Lang", value)  # want: T113
    return resp


@app.route("/prepared")
async def prepared():
    url = request.args.get("url", "")
    with requests.Session() as s:
        s.send(requests.Request("GET", url).prepare())  # want: T918
        s.send(requests.Request("GET", "https://api.example.com/ping").prepare())
    async with aiohttp.ClientSession(url) as client:  # want: T918
        await client.get("/status")
    return "sent"
