# label: cmdi safe CWE-78
# cmdi_0036: source script, bar selfattr

import subprocess
import sys


class Holder:
    def __init__(self, value):
        self.value = value
        self.kind = "plain"

    def get(self):
        return self.value


def main():
    param = sys.argv[1] if len(sys.argv) > 1 else ""
    holder = Holder(param)
    bar = holder.get()
    subprocess.run(["ping", "-c", "1", "--", bar], check=False)
    return 0


if __name__ == "__main__":
    main()
