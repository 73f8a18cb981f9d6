# label: cmdi safe CWE-78
# cmdi_0018: source script, bar dict_safe

import subprocess


def main():
    param = input("value: ")
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyA"]
    out = subprocess.check_output(["sh", "-c", "grep " + bar + " /var/log/app.log"])
    return 0


if __name__ == "__main__":
    main()
