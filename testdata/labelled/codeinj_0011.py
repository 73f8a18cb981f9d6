# label: codeinj safe CWE-94
# codeinj_0011: source django, bar ifexp_safe

from django.http import HttpResponse
from django.urls import path


def codeinj_0011(request):
    param = request.GET.get("q", "")
    num = 106
    bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
    result = eval(bar)
    return HttpResponse("ok")


urlpatterns = [path("codeinj_0011/", codeinj_0011)]
