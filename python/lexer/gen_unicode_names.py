"""Generate unicode_names.txt.gz: the names \\N{...} accepts in Python 3.13.

Facts come from python3.13's unicodedata: every named code point (CJK
unified ideographs are stored as ranges, their names being computed), plus
the name aliases unicodedata.lookup accepts. unicodedata cannot enumerate
its aliases, so candidate spellings are taken from a Unicode name list
(perl's unicore/Name.pl when present) and kept only if python3.13's
unicodedata.lookup maps them to a single character. Named sequences are
not included: string literals reject them.

Line format: NAME;HEX, or CJK UNIFIED IDEOGRAPH-*;LO-HI for a range.
"""
import glob
import gzip
import sys
import unicodedata

assert sys.version_info[:2] == (3, 13), "run with python3.13"

names = {}
cjk = []
for c in range(0x110000):
    n = unicodedata.name(chr(c), None)
    if n is None:
        continue
    if n.startswith("CJK UNIFIED IDEOGRAPH-"):
        if cjk and cjk[-1][1] == c - 1:
            cjk[-1][1] = c
        else:
            cjk.append([c, c])
        continue
    names[n] = c

for path in sorted(glob.glob("/usr/share/perl/*/unicore/Name.pl"))[-1:]:
    text = open(path, encoding="utf-8").read()
    body = text.split("<<'END';\n", 1)[1].split("\nEND\n", 1)[0]
    for entry in body.split("\n\n"):
        parts = entry.split("\n")
        if len(parts) != 2 or parts[1] in names:
            continue
        try:
            ch = unicodedata.lookup(parts[1])
        except KeyError:
            continue
        if len(ch) == 1:
            names[parts[1]] = ord(ch)

lines = [f"{n};{c:X}" for n, c in sorted(names.items())]
lines += [f"CJK UNIFIED IDEOGRAPH-*;{lo:X}-{hi:X}" for lo, hi in cjk]
with gzip.GzipFile("unicode_names.txt.gz", "wb", compresslevel=9, mtime=0) as f:
    f.write(("\n".join(lines) + "\n").encode())
print(len(names), "names,", len(cjk), "CJK ranges")
