# label: codeinj safe CWE-94
# codeinj_0012: source django, bar truthy

from django.http import HttpResponse
from django.urls import path


def codeinj_0012(request):
    param = request.GET.get("q", "")
    bar = "yes" if param else "no"
    exec("total = " + bar)
    return HttpResponse("ok")


urlpatterns = [path("codeinj_0012/", codeinj_0012)]
