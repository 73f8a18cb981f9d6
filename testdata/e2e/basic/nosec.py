import subprocess  # nosec


def forms(cmd, expr):
    subprocess.call(cmd, shell=True)  # nosec
    subprocess.call(cmd, shell=True)  #nosec
    subprocess.call(cmd, shell=True)  # nosec: B602
    subprocess.call(cmd, shell=True)  # nosec B101  # want: B602
    subprocess.call(cmd, shell=True)  # NOSEC  # want: B602
    subprocess.call(cmd, shell=True)  # noqa # nosec B602 # reason
    subprocess.call(cmd, shell=True)  # nosec subprocess_popen_with_shell_equals_true
    subprocess.call(
        cmd,
        shell=True,  # want: B602
    )  # nosec B101
    subprocess.call(
        cmd,
        shell=True,
    )  # nosec B602
    eval(expr + "# nosec")  # want: B307
    eval(expr)  # nosec B602,B307
    eval(expr)  # nosec B307,B602  # want: B307
    eval(expr)  # nosec eval
