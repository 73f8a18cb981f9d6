# label: ssrf vulnerable CWE-918
import requests
from django.http import JsonResponse


def test_webhook(request):
    import json

    cfg = json.loads(request.body)
    r = requests.post(cfg["webhook_url"], json={"event": "ping"}, timeout=5)  # want: T918
    return JsonResponse({"status": r.status_code})
