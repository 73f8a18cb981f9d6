# label: cmdi vulnerable CWE-78
# cmdi_0017: source django-cbv, bar walrus

import subprocess
from django.http import HttpResponse
from django.urls import path
from django.views import View


class Cmdi0017View(View):
    def get(self, request):
        param = request.GET.get("term", "")
        if (bar := param) is None:
            return HttpResponse("bad request", status=400)
        out = subprocess.check_output(["sh", "-c", "grep " + bar + " /var/log/app.log"])  # want: T78
        return HttpResponse("ok")


urlpatterns = [path("cmdi_0017/", Cmdi0017View.as_view())]
