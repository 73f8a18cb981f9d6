# label: cmdi safe CWE-78
# cmdi_0019: source script, bar list_pop_safe

import os


def main():
    param = os.environ.get("APP_VALUE", "")
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[1]
    stream = os.popen("nslookup %s" % bar)
    out = stream.read()
    return 0


if __name__ == "__main__":
    main()
