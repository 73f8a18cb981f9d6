# label: cmdi safe CWE-78
# cmdi_0021: source script, bar setitem_safe

import subprocess


def main():
    param = input("value: ")
    items = ["a", param]
    items[1] = "safe"
    bar = items[1]
    out = subprocess.check_output(["sh", "-c", "grep " + bar + " /var/log/app.log"])
    return 0


if __name__ == "__main__":
    main()
