# label: codeinj safe CWE-94
# codeinj_0012: source django, bar ifstmt_safe

from django.http import HttpResponse
from django.urls import path


def codeinj_0012(request):
    param = request.POST.get("comment", "")
    num = 196
    if (7 * 42) - num > 200:
        bar = param
    else:
        bar = "This_should_always_happen"
    exec("total = " + bar)
    return HttpResponse("ok")


urlpatterns = [path("codeinj_0012/", codeinj_0012)]
