# label: trustbound vulnerable CWE-501
# trustbound_0005: source django, bar template

import string
from django.http import HttpResponse
from django.urls import path


def trustbound_0005(request):
    param = request.GET.get("q", "")
    bar = string.Template("$v").substitute(v=param)
    request.session["user_ref"] = bar  # want: T501
    return HttpResponse("ok")


urlpatterns = [path("trustbound_0005/", trustbound_0005)]
