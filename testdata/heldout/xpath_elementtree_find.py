# label: xpath vulnerable CWE-643
import xml.etree.ElementTree as ET

from django.http import JsonResponse

ROOT = ET.parse("/srv/data/catalog.xml").getroot()


def product(request):
    sku = request.GET.get("sku", "")
    node = ROOT.find(".//product[@sku='%s']" % sku)  # want: T643
    return JsonResponse({"found": node is not None})
