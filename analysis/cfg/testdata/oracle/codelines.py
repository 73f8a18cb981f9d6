"""Print, for each Python file named on stdin (one per line), the lines on
which CPython's compiler emitted instructions, as `path<TAB>l1 l2 ...`;
files that do not compile get `path<TAB>!`. Used by the cfg package's
reachability oracle test."""
import sys
import warnings


def lines_of(code, out):
    for _, _, line in code.co_lines():
        if line is not None:
            out.add(line)
    for c in code.co_consts:
        if hasattr(c, "co_lines"):
            lines_of(c, out)


warnings.simplefilter("ignore")
for path in sys.stdin.read().split("\n"):
    if not path:
        continue
    try:
        with open(path, "rb") as f:
            code = compile(f.read(), path, "exec", dont_inherit=True)
    except Exception:
        print(path + "\t!")
        continue
    out = set()
    lines_of(code, out)
    print(path + "\t" + " ".join(map(str, sorted(out))))
