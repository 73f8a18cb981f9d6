# label: cmdi vulnerable CWE-78
import os
import subprocess


def build_cmd(target):
    return "make -C /srv/build %s" % target


def main():
    target = os.environ.get("BUILD_TARGET", "all")
    subprocess.call(build_cmd(target), shell=True)  # want: T78


if __name__ == "__main__":
    main()
