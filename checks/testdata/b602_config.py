# fixture-config: {"shell_injection": {"subprocess": ["mylib.run"], "shell": ["mylib.shell"], "no_shell": []}}
import subprocess  # want: B404
import os
import mylib

mylib.run(cmd, shell=True)  # want: B602(HIGH,HIGH)
mylib.run(cmd)  # want: B603
mylib.shell(cmd)  # want: B605
subprocess.Popen(cmd, shell=True)  # want: B604
os.system(cmd)
os.execl("/bin/ls", "ls")
