# label: cmdi safe CWE-78
# cmdi_0036: source script, bar overwrite_late

import subprocess
import sys


def main():
    param = sys.argv[1] if len(sys.argv) > 1 else ""
    bar = "constant"
    if param:
        bar = param
    subprocess.run(["ping", "-c", "1", "--", bar], check=False)
    return 0


if __name__ == "__main__":
    main()
