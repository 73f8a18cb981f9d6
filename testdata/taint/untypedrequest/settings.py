GET = "/usr/bin/true"
