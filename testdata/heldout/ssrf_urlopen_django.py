# label: ssrf vulnerable CWE-918
from urllib.request import urlopen

from django.http import HttpResponse


def preview(request):
    link = request.GET.get("link", "")
    with urlopen(link) as resp:  # want: T918
        return HttpResponse(resp.read(200))
