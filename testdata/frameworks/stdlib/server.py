"""A bare http.server handler: the request line, headers and body are client data."""
import http.cookies
import json
import os
import subprocess
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse
from wsgiref.headers import Headers


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        query = parse_qs(urlparse(self.path).query)
        name = query.get("name", [""])[0]
        agent = self.headers.get("User-Agent", "")
        self.send_response(200)
        self.send_header("X-Echo", name)  # want: T113
        self.send_header("Content-Type", "text/plain")
        if query.get("next"):
            self.send_header("Location", query["next"][0])  # want: T113 T601
        self.end_headers()
        os.system("logger " + agent)  # want: T78
        os.system("logger visit")
        self.wfile.write(b"ok")
        self.wfile.write(("<p>Hello %s</p>" % name).encode())  # want: T79

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        body = json.loads(self.rfile.read(length))
        subprocess.run(body["cmd"], shell=True)  # want: T78
        subprocess.run(["echo", str(length)])
        headers = Headers([("Content-Type", "text/plain")])
        headers["X-Request"] = body["id"]  # want: T113
        headers.add_header("X-Trace", body["trace"])  # want: T113
        headers.add_header("X-Fixed", "1")
        self.send_error(400, body["reason"])  # want: T113
        self.send_error(404, "not found")
        jar = http.cookies.SimpleCookie()
        jar["session"] = body["sid"]  # want: T113
        jar["theme"] = "dark"
        self.send_header("Set-Cookie", jar.output(header=""))  # want: T113


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8080), Handler).serve_forever()
