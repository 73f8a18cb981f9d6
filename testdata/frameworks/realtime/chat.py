"""A chat server: Socket.IO events and a plain websockets endpoint."""
import asyncio
import sqlite3
import subprocess

import websockets
from flask import Flask
from flask_socketio import SocketIO, emit

app = Flask(__name__)
socketio = SocketIO(app)
db = sqlite3.connect("chat.db", check_same_thread=False)


@socketio.on("join")
def on_join(data):
    db.execute("INSERT INTO members (room) VALUES ('%s')" % data["room"])  # want: T89
    db.execute("INSERT INTO members (room) VALUES (?)", (data["room"],))
    emit("joined", {"room": data["room"]})


@socketio.event
def lookup(host):
    subprocess.run("host " + host, shell=True)  # want: T78
    subprocess.run(["host", "--", host])


async def echo(websocket):
    async for message in websocket:
        subprocess.run("logger " + message, shell=True)  # want: T78
        await websocket.send(message)


async def main():
    async with websockets.serve(echo, "127.0.0.1", 8765):
        await asyncio.Future()


@socketio.on("relay")
def relay(data):
    async def forward():
        async with websockets.connect(data["upstream"]) as upstream:  # want: T918
            await upstream.send("hello")
        async with websockets.connect("wss://relay.example.com/feed") as fixed:
            await fixed.send("hello")

    asyncio.run(forward())
