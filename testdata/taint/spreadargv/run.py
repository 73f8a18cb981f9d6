# Commands whose argv is spread over the call's arguments.
import asyncio
import os
import sys


def shell_script():
    script = sys.argv[1]
    os.execl("/bin/sh", "sh", "-c", script)  # want: T78


def shell_script_spawn():
    script = input()
    os.spawnlp(os.P_WAIT, "bash", "bash", "-c", script)  # want: T78


async def shell_script_async():
    script = input()
    await asyncio.create_subprocess_exec("sh", "-c", script)  # want: T78


def plain_argument():
    name = sys.argv[1]
    os.execl("/bin/echo", "echo", name)


async def plain_argument_async():
    name = input()
    await asyncio.create_subprocess_exec("/usr/bin/grep", "-e", name, "/var/log/app.log")


def spread_list():
    script = input()
    args = ["sh", "-c", script]
    os.execl("/bin/sh", *args)  # want: T78
