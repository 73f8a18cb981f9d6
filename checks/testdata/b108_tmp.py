import tempfile

path = "/tmp/report.csv"  # want: B108(MEDIUM,MEDIUM)
open("/var/tmp/cache", "w")  # want: B108
shm = "/dev/shm/x"  # want: B108
name = f"/tmp/{user}.log"  # want: B108
tmpdir = "/tmp"  # want: B108
other = "/tmpfoo"  # want: B108
"/tmp/bare-statement"
relative = "tmp/x"
home = "/home/tmp/x"
fd, good = tempfile.mkstemp()
raw = b"/tmp/bytes"
