# label: codeinj vulnerable CWE-94
from django.http import HttpResponse


def run_rule(request):
    rule = request.POST["rule"]
    code = compile(rule, "<rule>", "eval")
    return HttpResponse(str(eval(code, {"__builtins__": {}})))  # want: T94
