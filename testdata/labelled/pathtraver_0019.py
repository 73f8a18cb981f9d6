# label: pathtraver safe CWE-22
# pathtraver_0019: source script, bar list_pop_safe

import os


def main():
    param = os.environ.get("APP_VALUE", "")
    items = ["safe", param, "moresafe"]
    items.pop(0)
    bar = items[1]
    path = os.path.join("/var/app/uploads", bar)
    with open(path) as fh:
        content = fh.read()
    return 0


if __name__ == "__main__":
    main()
