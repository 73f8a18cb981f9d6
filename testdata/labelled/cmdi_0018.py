# label: cmdi vulnerable CWE-78
# cmdi_0018: source script, bar template

import os
import string


def main():
    param = input("value: ")
    bar = string.Template("$v").substitute(v=param)
    stream = os.popen("nslookup %s" % bar)  # want: T78
    out = stream.read()
    return 0


if __name__ == "__main__":
    main()
