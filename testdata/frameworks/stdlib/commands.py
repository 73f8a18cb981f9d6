"""OS command execution through every standard-library entry point."""
import asyncio
import os
import pty
import shlex
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    os.system("ping -c 1 " + host)  # want: T78
    os.system("ping -c 1 " + shlex.quote(host))
    out = os.popen("nslookup %s" % host).read()  # want: T78
    subprocess.call("traceroute " + host, shell=True)  # want: T78
    subprocess.call(["traceroute", host])
    subprocess.run(f"dig {host}", shell=True, check=False)  # want: T78
    subprocess.run(["dig", host], check=False)
    subprocess.check_output("host " + host, shell=True)  # want: T78
    subprocess.check_call(["host", host])
    subprocess.Popen("whois " + host, shell=True)  # want: T78
    subprocess.Popen(["whois", host])
    subprocess.getoutput("arp -n " + host)  # want: T78
    subprocess.getstatusoutput("arp -a " + host)  # want: T78
    return out


@app.route("/tool")
def tool():
    prog = request.args.get("prog", "")
    subprocess.run([prog, "--version"])  # want: T78
    subprocess.run(["/usr/bin/env", "true"], executable=prog)  # want: T78
    subprocess.Popen(prog)  # want: T78
    subprocess.Popen(["sh", "-c", prog])  # want: T78
    subprocess.Popen(["sh", "-c", "echo hi", prog])
    os.execv(prog, [prog])  # want: T78
    os.execlp(prog, prog, "-v")  # want: T78
    os.execl("/bin/echo", "echo", prog)
    os.spawnv(os.P_WAIT, prog, [prog])  # want: T78
    os.spawnlp(os.P_NOWAIT, prog, prog)  # want: T78
    os.spawnl(os.P_WAIT, "/bin/echo", "echo", prog)
    os.posix_spawn(prog, [prog], {})  # want: T78
    pty.spawn(prog)  # want: T78
    pty.spawn(["/bin/ls", prog])
    return "ok"


@app.route("/shell")
async def shell():
    cmd = request.args.get("cmd", "")
    await asyncio.create_subprocess_shell(cmd)  # want: T78
    await asyncio.create_subprocess_exec(cmd)  # want: T78
    await asyncio.create_subprocess_exec("/bin/echo", cmd)
    loop = asyncio.get_running_loop()
    await loop.subprocess_shell(asyncio.SubprocessProtocol, cmd)  # want: T78
    await loop.subprocess_exec(asyncio.SubprocessProtocol, cmd)  # want: T78
    await loop.subprocess_exec(asyncio.SubprocessProtocol, "/bin/echo", cmd)
    return "ok"


@app.route("/exec")
def exec_shell():
    script = request.args.get("script", "")
    os.execv("/bin/sh", ["sh", "-c", script])  # want: T78
    os.execv("/bin/echo", ["echo", script])
    os.spawnv(os.P_WAIT, "/bin/bash", ["bash", "-c", script])  # want: T78
    os.posix_spawn("/bin/sh", ["sh", "-c", script], {})  # want: T78
    os.posix_spawn("/bin/ls", ["ls", "--", script], {})
    return "ok"


@app.route("/build")
def build():
    project = request.args.get("project", "")
    subprocess.run(["make", "all"], cwd="/srv/projects/" + project)  # want: T22
    subprocess.run(["make", "all"], cwd="/srv/projects/default")
    return "built"
