"""Dump CPython 3.13's AST for parser differential testing.

Usage:
  pydump.py -c SRC            dump one snippet (for probing)
  pydump.py FILE...           for each file print "== path", then the dump or "ERROR msg"
  pydump.py -l LISTFILE       same, paths read from LISTFILE
  pydump.py -H -l LISTFILE    like -l but print the sha256 of each dump
  pydump.py -s SNIPPETS       snippets separated by "#### name" lines: print
                              "#### name" then the dump of each
"""
import ast, hashlib, sys

def dump(src):
    try:
        t = ast.parse(src)
    except SyntaxError as e:
        return "ERROR %s:%s: %s" % (e.lineno, e.offset, e.msg)
    except (ValueError, MemoryError, RecursionError) as e:
        return "ERROR %s" % e
    return ast.dump(t, include_attributes=True, show_empty=True)

def main():
    a = sys.argv[1:]
    if a and a[0] == "-c":
        print(dump(a[1].encode()))
        return
    if a and a[0] == "-s":
        name, lines = None, []
        def flush():
            if name is not None:
                print("#### " + name)
                print(dump("".join(lines).encode()))
        for line in open(a[1], encoding="utf-8", newline=""):
            if line.startswith("#### "):
                flush()
                name, lines = line[5:].rstrip("\n"), []
            else:
                lines.append(line)
        flush()
        return
    hashed = False
    if a and a[0] == "-H":
        hashed, a = True, a[1:]
    if a and a[0] == "-l":
        a = open(a[1]).read().split("\n")
    out = sys.stdout
    for f in a:
        if not f:
            continue
        with open(f, "rb") as fh:
            src = fh.read()
        d = dump(src)
        if hashed and not d.startswith("ERROR"):
            d = hashlib.sha256(d.encode("utf-8", "surrogatepass")).hexdigest()
        out.write("== %s\n%s\n" % (f, d))

main()
