# label: cmdi safe CWE-78
# cmdi_0019: source script, bar allowlist

import os


def main():
    param = os.environ.get("APP_VALUE", "")
    if param not in ("asc", "desc", "latest"):
        return 1
    bar = param
    os.system("echo " + bar)
    return 0


if __name__ == "__main__":
    main()
