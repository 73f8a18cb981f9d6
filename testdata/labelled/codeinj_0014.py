# label: codeinj safe CWE-94
# codeinj_0014: source django, bar replace

import operator
from django.http import HttpResponse
from django.urls import path


def codeinj_0014(request):
    param = request.COOKIES.get("preference", "")
    bar = param.replace("\t", " ")
    OPS = {"add": operator.add, "sub": operator.sub}
    fn = OPS.get(bar, operator.add)
    result = fn(2, 3)
    return HttpResponse("ok")


urlpatterns = [path("codeinj_0014/", codeinj_0014)]
