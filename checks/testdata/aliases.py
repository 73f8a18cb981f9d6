import subprocess as sp  # want: B404
import os.path as osp
from os import system as run_it


def late():
    import pickle as pk  # want: B403
    return pk


sp.call(cmd, shell=True)  # want: B602(HIGH,HIGH)
run_it(cmd)  # want: B605(HIGH,HIGH)
pk.loads(data)  # want: B301
osp.join("a", "b")
sp = make_something_else()
sp.call(cmd, shell=True)  # want: B602(HIGH,HIGH)
yaml_loader.load(data)
self.subprocess.call(cmd)
get_module().call(cmd, shell=True)  # want: B604(MEDIUM,LOW)
mods[0].loads(data)
