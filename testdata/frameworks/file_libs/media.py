"""A media service reading and writing files asynchronously and through Pillow."""
import io
import zipfile

import aiofiles
from PIL import Image
from quart import Quart, request

app = Quart(__name__)
MEDIA = "/srv/media/"


@app.route("/thumb")
async def thumb():
    name = request.args.get("name", "")
    image = Image.open(MEDIA + name)  # want: T22
    image.thumbnail((128, 128))
    image.save(MEDIA + "thumbs/" + name)  # want: T22
    image.save(MEDIA + "thumbs/latest.png")
    return "ok"


@app.route("/upload", methods=["POST"])
async def upload():
    files = await request.files
    picture = Image.open(files["picture"])
    picture.save(io.BytesIO(), format="PNG")
    return "ok"


@app.route("/notes")
async def notes():
    name = request.args.get("name", "")
    async with aiofiles.open(MEDIA + "notes/" + name) as fh:  # want: T22
        text = await fh.read()
    with zipfile.ZipFile("/tmp/bundle.zip", "w") as bundle:
        bundle.write(MEDIA + name)  # want: T22
        bundle.write(MEDIA + "readme.txt")
    return {"length": len(text)}
