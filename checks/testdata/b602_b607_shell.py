import os
import subprocess  # want: B404
from subprocess import Popen as launch  # want: B404
import subprocess as sp  # want: B404(LOW,HIGH)

subprocess.call("ls -l", shell=True)  # want: B602(LOW,HIGH), B607
subprocess.call(cmd, shell=True)  # want: B602(HIGH,HIGH)
subprocess.check_output("ls " + d, shell=True)  # want: B602(HIGH,HIGH)
subprocess.run(["ls", "-l"], shell=True)  # want: B602(HIGH,HIGH), B607
launch(cmd, shell=True)  # want: B602(HIGH,HIGH)
sp.Popen(cmd, shell=1)  # want: B602(HIGH,HIGH)
subprocess.Popen(cmd, shell="yes")  # want: B602(HIGH,HIGH)
subprocess.Popen(cmd, shell=flag)  # want: B602(HIGH,HIGH)
subprocess.Popen(cmd, shell=[1])  # want: B602(HIGH,HIGH)
subprocess.Popen(cmd, shell={"a": 1})  # want: B602(HIGH,HIGH)
subprocess.Popen(
    cmd,
    shell=True,  # want: B602(HIGH,HIGH)
)
subprocess.Popen(cmd, shell=False)  # want: B603(LOW,HIGH)
subprocess.Popen(cmd, shell=0)  # want: B603
subprocess.Popen(cmd, shell=None)  # want: B603
subprocess.Popen(cmd, shell=[])  # want: B603
subprocess.Popen(cmd, shell={})  # want: B603
subprocess.Popen(cmd, shell="")  # want: B603
subprocess.Popen(cmd)  # want: B603
subprocess.Popen(["/bin/ls", "-l"])  # want: B603
subprocess.run(shell=True)
subprocess.check_call(["/usr/bin/git", "status"])  # want: B603
subprocess.check_call(["git", "status"])  # want: B603, B607
subprocess.check_call(["./run.sh"])  # want: B603
subprocess.check_call(["..\\tool.exe"])  # want: B603
subprocess.check_call(["C:\\tool.exe"])  # want: B603
subprocess.check_call("c:tool")  # want: B603
subprocess.check_call([])  # want: B603

utils.execute(cmd, shell=True)  # want: B604(MEDIUM,LOW)
run_command(cmd, shell=True)  # want: B604
run_command(cmd, shell=False)
subprocess.getoutput(cmd, shell=True)  # want: B604, B605(HIGH,HIGH)

os.system("ls -l")  # want: B605(LOW,HIGH), B607
os.system(cmd)  # want: B605(HIGH,HIGH)
os.popen("/bin/ls " + d)  # want: B605(HIGH,HIGH)
os.popen("/bin/ls")  # want: B605(LOW,HIGH)
subprocess.getstatusoutput(f"ls {d}")  # want: B605(HIGH,HIGH)
os.system()

os.execl("/bin/ls", "ls")  # want: B606(LOW,MEDIUM)
os.spawnvp(os.P_WAIT, "ls", ["ls"])  # want: B606
os.execvp("ls", ["ls"])  # want: B606, B607(LOW,HIGH)
os.startfile("doc.txt")  # want: B606, B607
os.startfile()  # want: B606
os.getcwd()
