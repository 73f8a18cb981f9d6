# label: cmdi safe CWE-78
# cmdi_0017: source script, bar ifstmt_safe

import subprocess
import sys


def main():
    param = sys.argv[1] if len(sys.argv) > 1 else ""
    num = 196
    if (7 * 42) - num > 200:
        bar = param
    else:
        bar = "This_should_always_happen"
    subprocess.run(f"ls -l {bar}", shell=True)
    return 0


if __name__ == "__main__":
    main()
