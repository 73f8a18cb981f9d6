# label: cmdi safe CWE-78
import subprocess

from django.http import HttpResponse


def convert(request):
    src = request.GET.get("file", "in.png")
    proc = subprocess.Popen(["convert", src, "/tmp/out.jpg"], stdout=subprocess.PIPE)
    out, _ = proc.communicate()
    return HttpResponse(out)
