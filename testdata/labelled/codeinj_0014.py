# label: codeinj safe CWE-94
# codeinj_0014: source django, bar ifexp

import operator
from django.http import HttpResponse
from django.urls import path


def codeinj_0014(request):
    param = request.META.get("HTTP_X_CLIENT_REF", "")
    num = 86
    bar = param if (7 * 42) - num > 200 else "This should never happen"
    OPS = {"add": operator.add, "sub": operator.sub}
    fn = OPS.get(bar, operator.add)
    result = fn(2, 3)
    return HttpResponse("ok")


urlpatterns = [path("codeinj_0014/", codeinj_0014)]
