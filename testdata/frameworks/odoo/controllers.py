"""Odoo website controllers and a model method running raw SQL."""
from odoo import http, models
from odoo.http import request


class Shop(http.Controller):
    @http.route("/shop/search", type="http", auth="public", website=True)
    def search(self, term="", **kw):
        request.env.cr.execute("SELECT id FROM product_template WHERE name ILIKE '%%%s%%'" % term)  # want: T89
        request.env.cr.execute("SELECT id FROM product_template WHERE name ILIKE %s", ("%" + term + "%",))
        return request.render("website_sale.products", {"term": term})

    @http.route("/shop/echo", type="http", auth="public")
    def echo(self, **kw):
        return "<p>%s</p>" % kw.get("msg", "")  # want: T79

    @http.route("/shop/back", type="http", auth="public")
    def back(self, **kw):
        return request.redirect(request.params.get("next", "/shop"))  # want: T601


class Report(models.Model):
    _name = "shop.report"

    def total_for(self, region):
        self.env.cr.execute("SELECT SUM(amount) FROM sale_order WHERE region = '%s'" % region)  # want: T89
        self._cr.execute("SELECT SUM(amount) FROM sale_order WHERE region = %s", (region,))
        return self.env.cr.fetchone()


class ReportController(http.Controller):
    @http.route("/shop/report", type="json", auth="user")
    def report(self, region="", **kw):
        return {"total": Report().total_for(region)}
