# label: xxe vulnerable CWE-611
# hand-written: streaming parse of an uploaded document with lxml's default entity handling
import io
from lxml import etree
from flask import Flask, request

app = Flask(__name__)


@app.route("/stream", methods=["POST"])
def stream():
    count = 0
    for _, elem in etree.iterparse(io.BytesIO(request.get_data()), events=("end",)):  # want: T611
        count += 1
        elem.clear()
    return str(count)
