# label: xxe safe CWE-611
from defusedxml import ElementTree as ET
from django.http import JsonResponse


def upload(request):
    root = ET.fromstring(request.body)
    return JsonResponse({"root": root.tag})
