# label: pathtraver safe CWE-22
# hand-written: an uploaded archive is read in memory; member names are only listed
import zipfile
from flask import Flask, request

app = Flask(__name__)


@app.route("/inspect", methods=["POST"])
def inspect():
    with zipfile.ZipFile(request.files["archive"]) as zf:
        return {"members": zf.namelist()}
