"""Whitelisted Frappe methods reached through /api/method/... with request parameters."""
import frappe


@frappe.whitelist()
def rentals(member):
    rows = frappe.db.sql(f"SELECT name FROM `tabLibrary Transaction` WHERE library_member = '{member}'", as_dict=True)  # want: T89
    safe = frappe.db.sql("SELECT name FROM `tabLibrary Transaction` WHERE library_member = %s", (member,), as_dict=True)
    return rows + safe


@frappe.whitelist()
def tasks(sort="modified desc"):
    ordered = frappe.get_all("Task", fields=["name", "subject"], order_by=sort)  # want: T89
    fixed = frappe.get_all("Task", fields=["name"], order_by="modified desc")
    return ordered + fixed


@frappe.whitelist(allow_guest=True)
def go():
    target = frappe.form_dict.get("to", "/")
    frappe.local.response["type"] = "redirect"
    frappe.local.response["location"] = target  # want: T601
    return None


def helper_not_whitelisted(member):
    return frappe.db.sql("SELECT name FROM tabUser WHERE name = '%s'" % member)
