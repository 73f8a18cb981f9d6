# label: deserialization safe CWE-502
# deserialization_0016: source django-cbv, bar percent

import yaml
from django.http import HttpResponse
from django.urls import path
from django.views import View


class Deserialization0016View(View):
    def get(self, request):
        param = request.GET.get("term", "")
        bar = "%s" % param
        obj = yaml.safe_load(bar)
        return HttpResponse("ok")


urlpatterns = [path("deserialization_0016/", Deserialization0016View.as_view())]
