# label: codeinj safe CWE-94
# codeinj_0012: source django, bar list_pop_safe

from django.http import HttpResponse
from django.urls import path


def codeinj_0012(request):
    param = request.POST.get("comment", "")
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[1]
    exec("total = " + bar)
    return HttpResponse("ok")


urlpatterns = [path("codeinj_0012/", codeinj_0012)]
