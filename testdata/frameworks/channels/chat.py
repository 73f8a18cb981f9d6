import json
import subprocess

from channels.generic.websocket import WebsocketConsumer
from flask import Flask
from flask_socketio import SocketIO, emit

app = Flask(__name__)
socketio = SocketIO(app)


class ChatConsumer(WebsocketConsumer):
    def receive(self, text_data=None, bytes_data=None):
        message = json.loads(text_data)
        subprocess.run("notify-send '" + message["text"] + "'", shell=True)  # want: T78
        self.send(text_data=json.dumps({"echo": message["text"]}))


@socketio.on("shell")
def on_shell(data):
    output = subprocess.check_output(data["cmd"], shell=True)  # want: T78
    emit("result", {"output": output.decode()})


@socketio.on("ping")
def on_ping(data):
    emit("pong", {"at": 1})
