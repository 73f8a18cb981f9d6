import subprocess  # want: B404
import subprocess as sp  # want: B404

subprocess.run(["/bin/bash", "-c", "ls -l " + d])  # want: K111(HIGH,HIGH), B603
subprocess.check_output(["sh", "-c", cmd])  # want: K111(HIGH,HIGH), B603, B607
sp.call(("cmd.exe", "/c", f"dir {d}"))  # want: K111(HIGH,HIGH), B603
subprocess.run(["bash", "-e", "-c", "make all"])  # want: K111(LOW,HIGH), B603, B607
subprocess.run(["/usr/bin/pwsh", "-Command", script])  # want: K111(HIGH,HIGH), B603
subprocess.run(["/bin/bash", "script.sh", arg])  # want: B603
subprocess.run(["/bin/ls", "-c", d])  # want: B603
subprocess.run(["/bin/bash", "-c"])  # want: B603
run_in_shell(["bash", "-c", cmd])
