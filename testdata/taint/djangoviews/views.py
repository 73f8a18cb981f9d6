# Function views with no urls.py in the project: a module importing django
# whose top-level function takes `request` first is a view.
import json
import subprocess

import requests
from django.http import HttpResponse


def webhook(request):
    cfg = json.loads(request.body)
    requests.post(cfg["url"], timeout=5)  # want: T918
    return HttpResponse("ok")


def webhook_fixed(request):
    json.loads(request.body)
    requests.post("https://hooks.example.com/in", timeout=5)
    return HttpResponse("ok")


def tool(request):
    subprocess.run("grep -r %s /srv" % request.headers["X-Term"], shell=True)  # want: T78
    return HttpResponse("done")


def tool_fixed(request):
    subprocess.run(["grep", "-r", "--", request.headers["X-Term"], "/srv"])
    return HttpResponse("done")


async def where(request):
    return HttpResponse("<p>%s</p>" % request.path)  # want: T79


async def where_fixed(request):
    return HttpResponse("<p>%s</p>" % len(request.path))


def remember(request):
    request.session["account_id"] = request.GET["account"]  # want: T501
    return HttpResponse("ok")


def remember_fixed(request):
    request.session["account_id"] = int(request.GET["account"])
    return HttpResponse("ok")


def helper(req, text):
    # Not a view: the first parameter is not `request`.
    subprocess.run(text, shell=True)
