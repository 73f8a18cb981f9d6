# label: codeinj vulnerable CWE-94
import sys


def apply_patch(code):
    namespace = {}
    exec(code, namespace)  # want: T94
    return namespace


if __name__ == "__main__":
    apply_patch(sys.argv[1])
