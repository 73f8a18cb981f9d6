"""Python 2 era spellings (commands, popen2, urllib2, cgi.escape) still found in old code."""
import cgi
import commands
import os
import popen2
import sqlite3
import syslog
import urllib
import urllib2

import regex
from lxml import etree
from flask import Flask, request

app = Flask(__name__)


@app.route("/legacy")
def legacy():
    host = request.args.get("host", "")
    status, output = commands.getstatusoutput("ping -c 1 " + host)  # want: T78
    commands.getoutput("uptime")
    child_out, child_in = popen2.popen2("nslookup " + host)  # want: T78
    os.popen3("dig " + host)  # want: T78
    urllib2.urlopen("http://" + host + "/status")  # want: T918
    urllib2.urlopen(urllib2.Request(host))  # want: T918
    urllib.urlopen(host)  # want: T918
    urllib2.urlopen("http://127.0.0.1/status")
    syslog.syslog("lookup of " + host)  # want: T117
    syslog.syslog("lookup done")
    return "<pre>%s</pre>" % cgi.escape(host)


@app.route("/ext")
def ext():
    name = request.args.get("ext", "")
    db = sqlite3.connect("/srv/app.db")
    db.enable_load_extension(True)
    db.load_extension(name)  # want: T94
    db.load_extension("/usr/lib/sqlite3/pcre.so")
    return "loaded"


@app.route("/xml2", methods=["POST"])
def xml2():
    body = request.get_data()
    doc, ids = etree.XMLID(body)  # want: T611
    tree = etree.parse("/srv/catalog.xml")
    evaluate = etree.XPathDocumentEvaluator(tree)
    hits = evaluate("//item[@id='" + request.args.get("id", "") + "']")  # want: T643
    hits2 = evaluate("//item[@id=$id]", id=request.args.get("id", ""))
    regex.search(request.args.get("pattern", ""), "text")  # want: T1333
    return "%d %d %d" % (len(ids), len(hits), len(hits2))
