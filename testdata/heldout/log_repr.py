# label: log safe CWE-117
import logging

from django.http import HttpResponse

logger = logging.getLogger("shop")


def checkout(request):
    coupon = request.GET.get("coupon", "")
    logger.info("checkout with coupon %r", coupon.encode("unicode_escape").decode("ascii"))
    return HttpResponse("ok")
