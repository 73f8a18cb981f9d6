# label: pathtraver safe CWE-22
# pathtraver_0017: source script, bar ifstmt_safe

import pathlib
import sys


def main():
    param = sys.argv[1] if len(sys.argv) > 1 else ""
    num = 196
    if (7 * 42) - num > 200:
        bar = param
    else:
        bar = "This_should_always_happen"
    target = pathlib.Path("/var/app/reports") / bar
    content = target.read_text()
    return 0


if __name__ == "__main__":
    main()
