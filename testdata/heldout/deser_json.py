# label: deser safe CWE-502
import json

from django.http import JsonResponse


def update(request):
    payload = json.loads(request.body)
    return JsonResponse({"ok": True, "n": len(payload)})
