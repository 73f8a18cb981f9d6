from flask import Flask

from testcode import t1, t2

app = Flask(__name__)
t1.init(app)
t2.init(app)
t2.init_xml(app)
