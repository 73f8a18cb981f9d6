"""Oracle for the mutation test: CPython's C tokenizer in parser mode
(_tokenize.TokenizerIter with extra_tokens=False). Reads JSON-encoded
sources on stdin; prints per source either {"toks": [[type name, string,
line, col], ...]} (columns in characters) or {"err": [msg, line, offset]}."""
import _tokenize
import io
import json
import sys
import token
import warnings

warnings.simplefilter("ignore")

for line in sys.stdin:
    src = json.loads(line)
    toks = []
    try:
        for t in _tokenize.TokenizerIter(io.StringIO(src).readline, extra_tokens=False):
            toks.append([token.tok_name[t[0]], t[1], t[2][0], t[2][1]])
        print(json.dumps({"toks": toks}))
    except SyntaxError as e:
        print(json.dumps({"err": [e.msg, e.lineno, e.offset], "toks": toks}))
    except Exception as e:  # noqa: BLE001
        print(json.dumps({"err": [type(e).__name__ + ": " + str(e), 0, 0], "toks": toks}))
