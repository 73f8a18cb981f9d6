# label: cmdi safe CWE-78
# cmdi_0022: source script, bar dict_overwrite

import os


def main():
    param = os.environ.get("APP_VALUE", "")
    values = {"keyB": param}
    values["keyB"] = "safe"
    bar = values["keyB"]
    stream = os.popen("nslookup %s" % bar)
    out = stream.read()
    return 0


if __name__ == "__main__":
    main()
