"""File-system access with request-chosen names."""
import glob
import io
import os
import shutil
import tarfile
import tempfile
import zipfile
from pathlib import Path

from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
BASE = "/srv/files"


@app.route("/read")
def read():
    name = request.args.get("name", "")
    with open(os.path.join(BASE, name)) as fh:  # want: T22
        data = fh.read()
    with open(os.path.join(BASE, secure_filename(name))) as fh:
        data += fh.read()
    with open(os.path.join(BASE, os.path.basename(name))) as fh:
        data += fh.read()
    with io.open(BASE + "/" + name, encoding="utf-8") as fh:  # want: T22
        data += fh.read()
    full = os.path.realpath(os.path.join(BASE, name))
    if full.startswith(BASE + os.sep):
        with open(full) as fh:
            data += fh.read()
    return "read %d" % len(data)


@app.route("/manage", methods=["POST"])
def manage():
    src = request.form["src"]
    dst = request.form["dst"]
    shutil.copy(src, "/tmp/out")  # want: T22
    shutil.copyfile("/etc/hosts", dst)  # want: T22
    shutil.move(src, "/tmp/moved")  # want: T22
    shutil.rmtree(os.path.join(BASE, dst))  # want: T22
    shutil.make_archive(dst, "zip", BASE)  # want: T22
    shutil.chown(src, user="www")  # want: T22
    os.remove(os.path.join(BASE, src))  # want: T22
    os.rename(src, "/tmp/renamed")  # want: T22
    os.symlink("/etc/passwd", dst)  # want: T22
    os.link(src, "/tmp/hard")  # want: T22
    os.chdir(src)  # want: T22
    os.removedirs(dst)  # want: T22
    glob.glob(os.path.join(BASE, src))  # want: T22
    tempfile.mkstemp(prefix=src)  # want: T22
    tempfile.NamedTemporaryFile(suffix=dst)  # want: T22
    tempfile.mkstemp(prefix="upload-")
    Path(BASE, src).read_text()  # want: T22
    (Path(BASE) / dst).write_text("x")  # want: T22
    Path(BASE, secure_filename(src)).read_text()
    Path(src).rename("/tmp/p")  # want: T22
    Path("/tmp/p").rename(dst)  # want: T22
    Path(src).glob("*")  # want: T22
    return "done"


@app.route("/unpack", methods=["POST"])
def unpack():
    target = request.form["dir"]
    upload = request.files["archive"]
    upload.save("/tmp/upload.tar")
    with tarfile.open("/tmp/upload.tar") as tar:
        tar.extractall(target)  # want: T22
        tar.extractall("/srv/unpacked", filter="data")
        tar.extract("member.txt", target)  # want: T22
    with tarfile.open(fileobj=upload.stream) as tar:
        tar.extractall("/srv/unpacked")  # want: T22
    with tarfile.open(fileobj=upload.stream) as tar:
        tar.extractall("/srv/unpacked", filter="data")
    with zipfile.ZipFile(upload.stream) as zf:
        zf.extractall("/srv/unzipped")
        for name in zf.namelist():
            with open(os.path.join("/srv/unzipped", name), "wb") as out:  # want: T22
                out.write(zf.read(name))
    shutil.unpack_archive("/tmp/upload.tar", target)  # want: T22
    return "ok"


def _vetted(tar):
    for member in tar.getmembers():
        if member.name.startswith("/") or ".." in member.name:
            continue
        yield member


@app.route("/unpack-vetted", methods=["POST"])
def unpack_vetted():
    with tarfile.open(fileobj=request.files["archive"].stream) as tar:
        tar.extractall("/srv/unpacked", members=_vetted(tar))
    return "ok"


@app.route("/save-name", methods=["POST"])
def save_name():
    name = request.form["name"]
    (Path(BASE) / Path(name).name).write_text("x")
    (Path(BASE) / name).write_text("x")  # want: T22
    return "saved"
