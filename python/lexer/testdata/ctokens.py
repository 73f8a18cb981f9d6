"""Oracle for the mutation test: CPython's C tokenizer in parser mode
(_tokenize.TokenizerIter with extra_tokens=False). Reads JSON-encoded
sources on stdin; prints per source {"toks": [[type name, string, line,
col], ...]} (columns in characters), "err": [msg, line, offset] when the
tokenizer fails, and "compile": [msg, line, offset] when compile() fails."""
import _tokenize
import io
import json
import sys
import token
import warnings

warnings.simplefilter("ignore")

def compile_error(src):
    try:
        compile(src, "<m>", "exec")
    except SyntaxError as e:
        return [e.msg, e.lineno, e.offset]
    except Exception as e:  # noqa: BLE001
        return [type(e).__name__, 0, 0]
    return None


for line in sys.stdin:
    src = json.loads(line)
    toks = []
    comp = compile_error(src)
    try:
        for t in _tokenize.TokenizerIter(io.StringIO(src).readline, extra_tokens=False):
            toks.append([token.tok_name[t[0]], t[1], t[2][0], t[2][1], t[3][0], t[3][1]])
        print(json.dumps({"toks": toks, "compile": comp}))
    except SyntaxError as e:
        print(json.dumps({"err": [e.msg, e.lineno, e.offset], "toks": toks, "compile": comp}))
    except Exception as e:  # noqa: BLE001
        print(json.dumps({"err": [type(e).__name__ + ": " + str(e), 0, 0], "toks": toks, "compile": comp}))
