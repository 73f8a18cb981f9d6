# label: log vulnerable CWE-117
import logging

from django.http import HttpResponse

logger = logging.getLogger("shop")


def checkout(request):
    coupon = request.GET.get("coupon", "")
    logger.info("checkout with coupon %s" % coupon)  # want: T117
    return HttpResponse("ok")
