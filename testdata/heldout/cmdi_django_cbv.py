# label: cmdi vulnerable CWE-78
import os

from django.http import HttpResponse
from django.views import View


class DnsView(View):
    def get(self, request):
        domain = request.GET.get("domain", "example.com")
        out = os.popen("nslookup %s" % domain).read()  # want: T78
        return HttpResponse(out)
