# label: cmdi safe CWE-78
# cmdi_0019: source script, bar selfattr_const

import os


class Holder:
    def __init__(self, value):
        self.value = value
        self.kind = "plain"

    def get(self):
        return self.kind


def main():
    param = os.environ.get("APP_VALUE", "")
    holder = Holder(param)
    bar = holder.get()
    os.system("echo " + bar)
    return 0


if __name__ == "__main__":
    main()
