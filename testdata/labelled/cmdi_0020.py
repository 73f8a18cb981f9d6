# label: cmdi safe CWE-78
# cmdi_0020: source script, bar del_index_safe

import subprocess
import sys


def main():
    param = sys.argv[1] if len(sys.argv) > 1 else ""
    items = [param, "safe"]
    del items[0]
    bar = items[0]
    subprocess.run(f"ls -l {bar}", shell=True)
    return 0


if __name__ == "__main__":
    main()
