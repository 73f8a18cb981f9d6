# label: cmdi vulnerable CWE-78
# cmdi_0017: source script, bar recursion

import subprocess
import sys


def unwrap(value, depth):
    if depth == 0:
        return value
    return unwrap(value, depth - 1)


def main():
    param = sys.argv[1] if len(sys.argv) > 1 else ""
    bar = unwrap(param, 3)
    out = subprocess.check_output(["sh", "-c", "grep " + bar + " /var/log/app.log"])  # want: T78
    return 0


if __name__ == "__main__":
    main()
