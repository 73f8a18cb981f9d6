"""For each .py file given, writes <file>.json next to it holding python3.13's
view of the module: the tree as JSON (for the Go test to rebuild by hand,
without krait's parser), the exact ast.dump text, and the pre-order list of
nodes that Walk must visit.

A first line `# oracle: type_comments` parses with type_comments=True.
Tree encoding: a node is {"_type": class, field: value..., attribute: int...};
enum singletons (Load, Add, ...) are {"_type": class}; identifiers are JSON
strings; constants are {"const": kind, "arg": arg} as repr_oracle.py reads
them (str/bytes as hex, floats as IEEE-754 bits in hex).
"""
import ast
import json
import struct
import sys

ENUMS = (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)


def fbits(f):
    return struct.pack(">d", f).hex()


def const(v):
    if v is None or v is True or v is False or v is ...:
        return {"const": "const", "arg": {None: "None", True: "True", False: "False", ...: "Ellipsis"}[v]}
    if isinstance(v, int):
        return {"const": "int", "arg": str(v)}
    if isinstance(v, float):
        return {"const": "float", "arg": fbits(v)}
    if isinstance(v, complex):
        return {"const": "complex", "arg": fbits(v.real) + "," + fbits(v.imag)}
    if isinstance(v, str):
        return {"const": "str", "arg": v.encode("utf-8", "surrogatepass").hex()}
    if isinstance(v, bytes):
        return {"const": "bytes", "arg": v.hex()}
    raise TypeError(type(v))


def encode(node):
    if isinstance(node, ENUMS):
        return {"_type": type(node).__name__}
    out = {"_type": type(node).__name__}
    for name in node._fields:
        v = getattr(node, name, None)
        if isinstance(node, (ast.Constant, ast.MatchSingleton)) and name == "value":
            out[name] = const(v)
        else:
            out[name] = value(v)
    for name in node._attributes:
        out[name] = getattr(node, name, None)
    return out


def value(v):
    if isinstance(v, ast.AST):
        return encode(v)
    if isinstance(v, list):
        return [value(x) for x in v]
    return v  # None, str, int


def walk(node, depth, out):
    """Pre-order, fields in order, enum singletons left out (Go holds them as values)."""
    if isinstance(node, ENUMS):
        return
    out.append([type(node).__name__, depth])
    for name in node._fields:
        v = getattr(node, name, None)
        for x in (v if isinstance(v, list) else [v]):
            if isinstance(x, ast.AST):
                walk(x, depth + 1, out)


sys.set_int_max_str_digits(0)
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        src = f.read()
    tree = ast.parse(src, path, type_comments=src.startswith(b"# oracle: type_comments"))
    order = []
    walk(tree, 0, order)
    doc = {"tree": encode(tree), "dump": ast.dump(tree, include_attributes=True, show_empty=True), "walk": order}
    with open(path[:-3] + ".json", "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=None, ensure_ascii=True)
        f.write("\n")
