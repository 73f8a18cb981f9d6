import httplib2
import pycurl
from io import BytesIO

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/probe")
def probe():
    target = request.args["url"]
    http = httplib2.Http(timeout=5)
    response, _ = http.request(target, "HEAD")  # want: T918
    return jsonify({"status": response.status})


@app.route("/probe/curl")
def probe_curl():
    target = request.args["url"]
    buffer = BytesIO()
    curl = pycurl.Curl()
    curl.setopt(pycurl.URL, target)  # want: T918
    curl.setopt(pycurl.USERAGENT, target)
    curl.setopt(pycurl.WRITEDATA, buffer)
    curl.perform()
    return jsonify({"bytes": len(buffer.getvalue())})
