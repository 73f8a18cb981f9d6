"""Run Debian's bandit 1.6.2 with the Str checks enabled on Python >= 3.8.

bandit 1.6.2's node visitor has visit_Str but no visit_Constant, so on
Python 3.8+ its Str checks (B104, B105, B108, B608) never run. This shim
adds the missing dispatch (what newer bandit does) so those checks can be
compared too. Usage: python3 bandit162_str_shim.py <bandit arguments>
"""
import sys

from bandit.core import node_visitor


def visit_Constant(self, node):
    if isinstance(node.value, str):
        self.visit_Str(node)
    elif isinstance(node.value, bytes):
        self.visit_Bytes(node)


node_visitor.BanditNodeVisitor.visit_Constant = visit_Constant

from bandit.cli.main import main  # noqa: E402

sys.exit(main())
