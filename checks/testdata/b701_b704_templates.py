import jinja2
from jinja2 import Environment, select_autoescape
from mako.template import Template
from mako import template as mako_template
from markupsafe import Markup
import flask

jinja2.Environment(loader=loader)  # want: B701(HIGH,HIGH)
Environment(loader=loader, autoescape=False)  # want: B701(HIGH,HIGH)
Environment(loader=loader, autoescape=True)
Environment(autoescape=select_autoescape(["html"]))
Environment(autoescape=jinja2.select_autoescape(["html"]))  # want: B701(HIGH,MEDIUM)
Environment(autoescape=flag)  # want: B701(HIGH,MEDIUM)
Environment(loader=make(autoescape=True))
jinja2.Template("x")

Template("<p>${name}</p>")  # want: B702(MEDIUM,HIGH)
mako_template.Template("x")  # want: B702
templates.Template("x")

Markup(user_html)  # want: B704(MEDIUM,HIGH)
Markup(f"<b>{name}</b>")  # want: B704
Markup("<b>literal</b>")
Markup()
flask.Markup(user_html)  # want: B704
