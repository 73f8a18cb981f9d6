# web2py models and Kore apps use framework globals without imports.
session.connect(request, response, cookie_key="yoursecret", compression_level=None)  # want: K202
session.connect(request, response, cookie_key=myconf.get("app.cookie_key"))

import kore

kore.config.deployment = "dev"  # want: K201
kore.config.workers = 4
mode = "dev"
