# label: cmdi vulnerable CWE-78
# cmdi_0017: source script, bar walrus

import subprocess
import sys


def main():
    param = sys.argv[1] if len(sys.argv) > 1 else ""
    if (bar := param) is None:
        return 1
    out = subprocess.check_output(["sh", "-c", "grep " + bar + " /var/log/app.log"])  # want: T78
    return 0


if __name__ == "__main__":
    main()
