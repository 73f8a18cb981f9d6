# label: codeinj safe CWE-94
# codeinj_0011: source django, bar ifstmt_safe

from django.http import HttpResponse
from django.urls import path


def codeinj_0011(request):
    param = request.GET.get("q", "")
    num = 196
    if (7 * 42) - num > 200:
        bar = param
    else:
        bar = "This_should_always_happen"
    result = eval(bar)
    return HttpResponse("ok")


urlpatterns = [path("codeinj_0011/", codeinj_0011)]
