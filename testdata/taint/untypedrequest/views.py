# Handler snippets that never import their framework: the request is an
# untyped parameter, and only the framework-specific attribute names
# (GET, POST, COOKIES, META) say it is request data.
import os
import subprocess

import settings


def run_get(request):
    os.system(request.GET["cmd"])  # want: T78


def run_post(request):
    form = request.POST
    subprocess.call(form["script"], shell=True)  # want: T78


def run_get_method(request):
    os.system(request.GET.get("cmd", "true"))  # want: T78


def run_index(request, key):
    os.system("ls " + request.COOKIES[key])  # want: T78


def run_number(request):
    count = int(request.GET["n"])
    os.system("seq %d" % count)


def run_user(request):
    os.system("id " + str(request.user.id))


def run_setting(request):
    # an imported module's attribute named like a source is configuration
    os.system(settings.GET)
