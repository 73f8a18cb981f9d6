# label: ssti vulnerable CWE-1336
from django.http import HttpResponse
from jinja2 import Environment

env = Environment(autoescape=True)


def custom_email(request):
    body = request.POST["template"]
    return HttpResponse(env.from_string(body).render(user=request.user))  # want: T1336
