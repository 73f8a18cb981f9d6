"""Prints python3.13's repr() of each value read on stdin, one per line.

Input lines are `kind<TAB>arg`: float and complex args are IEEE-754 bit
patterns in hex, str and bytes args are the hex of the (WTF-8) bytes,
int args are decimal, const args are None/True/False/Ellipsis.
Output lines are `kind<TAB>arg<TAB>repr`; repr never holds a tab or newline.
"""
import struct
import sys

sys.set_int_max_str_digits(0)  # Repr prints every digit; see repr.go.


def value(kind, arg):
    if kind == "float":
        return struct.unpack(">d", bytes.fromhex(arg))[0]
    if kind == "complex":
        re, im = arg.split(",")
        return complex(value("float", re), value("float", im))
    if kind == "str":
        return bytes.fromhex(arg).decode("utf-8", "surrogatepass")
    if kind == "bytes":
        return bytes.fromhex(arg)
    if kind == "int":
        return int(arg)
    if kind == "const":
        return {"None": None, "True": True, "False": False, "Ellipsis": ...}[arg]
    raise ValueError(kind)


for line in sys.stdin:
    kind, arg = line.rstrip("\n").split("\t")
    r = repr(value(kind, arg))
    assert "\t" not in r and "\n" not in r
    sys.stdout.write(f"{kind}\t{arg}\t{r}\n")
