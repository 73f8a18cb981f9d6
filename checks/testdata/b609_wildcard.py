import os
import subprocess  # want: B404

os.system("/bin/tar cvf archive.tar *")  # want: B605(LOW,HIGH), B609(HIGH,MEDIUM)
os.popen2("/bin/chmod *")  # want: B605, B609
subprocess.Popen("/bin/chown *", shell=True)  # want: B602(LOW,HIGH), B609(HIGH,MEDIUM)
subprocess.Popen(["/usr/bin/rsync", "-a", "*", "dest"], shell=True)  # want: B602(HIGH,HIGH), B609
subprocess.Popen("/bin/chown *", shell=flag)  # want: B602(LOW,HIGH)
subprocess.Popen("/bin/chown *")  # want: B603
os.system("/bin/tar cvf archive.tar files")  # want: B605
os.system("/bin/ls *")  # want: B605
