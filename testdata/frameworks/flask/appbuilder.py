"""Flask-AppBuilder views exposed with @expose."""
import subprocess

from flask import request
from flask_appbuilder import BaseView, expose


class ToolsView(BaseView):
    route_base = "/tools"

    @expose("/ping/<string:host>")
    def ping(self, host):
        out = subprocess.run("ping -c 1 " + host, shell=True, capture_output=True)  # want: T78
        return "<pre>%s</pre>" % host  # want: T79

    @expose("/count/<int:n>")
    def count(self, n):
        subprocess.run("seq %d" % n, shell=True)
        return "<p>%d</p>" % n

    @expose("/grep")
    def grep(self):
        word = request.args.get("w", "")
        subprocess.run(["grep", "-r", "--", word, "/srv/docs"])
        return "ok"
