"""Oracle for the lexer's differential test.

Reads file names on stdin (one per line) and prints one JSON object per
file: the tokens Python's tokenize module produces (COMMENT and NL
dropped, as CPython's parser never sees them), the comments, or the
error it raised.
"""
import json
import sys
import tokenize

for name in sys.stdin:
    name = name.rstrip("\n")
    out = {"file": name}
    try:
        with open(name, "rb") as f:
            toks = []
            comments = []
            for t in tokenize.tokenize(f.readline):
                if t.type == tokenize.COMMENT:
                    comments.append([t.start[0], t.start[1], t.string])
                if t.type in (tokenize.COMMENT, tokenize.NL, tokenize.ENCODING):
                    continue
                kind = tokenize.tok_name[t.type]
                toks.append([kind, t.start[0], t.start[1], t.end[0], t.end[1], t.string])
            out["toks"] = toks
            out["comments"] = comments
    except Exception as e:  # noqa: BLE001 - every failure is data here
        out["error"] = type(e).__name__ + ": " + str(e)
    print(json.dumps(out), flush=True)
