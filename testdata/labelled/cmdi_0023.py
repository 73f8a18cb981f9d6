# label: cmdi safe CWE-78
# cmdi_0023: source script, bar deque_safe

import collections
import subprocess
import sys


def main():
    param = sys.stdin.readline().strip()
    queue = collections.deque()
    queue.append("safe")
    queue.append(param)
    queue.pop()
    bar = queue[0]
    proc = subprocess.Popen(bar, shell=True, stdout=subprocess.PIPE)
    out = proc.communicate()[0]
    return 0


if __name__ == "__main__":
    main()
