import functools
import subprocess  # want: B404
from functools import partial

run = functools.partial(subprocess.run, shell=True)  # want: K110(HIGH,MEDIUM), B604(MEDIUM,LOW)
sh = partial(subprocess.check_output, shell=True, text=True)  # want: K110, B604
safe = functools.partial(subprocess.run, check=True)
other = functools.partial(print, shell=True)  # want: B604
off = partial(subprocess.call, shell=False)
