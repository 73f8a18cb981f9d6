# label: ssrf safe CWE-918
# ssrf_0016: source django-cbv, bar overwrite_late

import requests
from django.http import HttpResponse
from django.urls import path
from django.views import View


class Ssrf0016View(View):
    def get(self, request):
        param = request.GET.get("term", "")
        bar = "constant"
        if param:
            bar = param
        if bar not in ("eu", "us"):
            return HttpResponse("bad request", status=400)
        resp = requests.get(f"https://{bar}.api.example.com/health", timeout=5)
        return HttpResponse("ok")


urlpatterns = [path("ssrf_0016/", Ssrf0016View.as_view())]
