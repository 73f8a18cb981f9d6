# label: cmdi vulnerable CWE-78
# cmdi_0018: source script, bar while

import os


def main():
    param = input("value: ")
    i = 0
    bar = ""
    while i < len(param):
        bar += param[i]
        i += 1
    stream = os.popen("nslookup %s" % bar)  # want: T78
    out = stream.read()
    return 0


if __name__ == "__main__":
    main()
