# label: pathtraver safe CWE-22
# pathtraver_0018: source script, bar dict_safe

import os


def main():
    param = input("value: ")
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyA"]
    os.remove("/tmp/app/" + bar)
    return 0


if __name__ == "__main__":
    main()
