"""Network entry points of the standard library: asyncio protocols, WSGI apps, XML-RPC functions, CGI."""
import asyncio
import cgi
import os
import subprocess
from wsgiref.simple_server import make_server
from xmlrpc.server import SimpleXMLRPCServer


class EchoProtocol(asyncio.Protocol):
    def data_received(self, data):
        os.system("logger " + data.decode())  # want: T78
        os.system("logger received")


def application(environ, start_response):
    path = environ.get("PATH_INFO", "/")
    with open("/srv/www" + path, "rb") as fh:  # want: T22
        body = fh.read()
    start_response("200 OK", [("Content-Type", "application/octet-stream")])
    return [body]


def disk_usage(folder):
    return subprocess.check_output("du -sh " + folder, shell=True).decode()  # want: T78


def cgi_main():
    form = cgi.FieldStorage()
    host = form.getvalue("host", "localhost")
    subprocess.call("ping -c 1 " + host, shell=True)  # want: T78
    subprocess.call(["ping", "-c", "1", "localhost"])


def serve():
    rpc = SimpleXMLRPCServer(("127.0.0.1", 8000))
    rpc.register_function(disk_usage)
    make_server("127.0.0.1", 8080, application).serve_forever()


def raw_server():
    import socket

    with socket.create_server(("127.0.0.1", 9000)) as srv:
        conn, addr = srv.accept()
        with conn:
            name = conn.recv(256).decode().strip()
            subprocess.run("host " + name, shell=True)  # want: T78
            subprocess.run(["host", "--", name])


async def on_client(reader, writer):
    line = (await reader.readline()).decode().strip()
    os.system("logger " + line)  # want: T78
    writer.close()


async def tcp_main():
    server = await asyncio.start_server(on_client, "127.0.0.1", 8888)
    async with server:
        await server.serve_forever()
