# label: trust vulnerable CWE-501
from django.http import HttpResponse


def set_account(request):
    request.session["account_id"] = request.GET["account"]  # want: T501
    return HttpResponse("ok")
