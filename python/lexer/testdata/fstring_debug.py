"""Oracle for f-string "=" debug text: reads JSON-encoded sources, each a
single f-string expression whose first replacement field uses "=", and
prints the debug text CPython stores (the first Constant of the JoinedStr)."""
import ast
import json
import sys

for line in sys.stdin:
    src = json.loads(line)
    node = ast.parse(src, mode="eval").body
    first = node.values[0]
    print(json.dumps(first.value if isinstance(first, ast.Constant) else ""))
