// Package cfg builds control-flow graphs of Python code bodies: a module,
// a class body, a function, a lambda or a comprehension.
//
// A Graph is a set of basic blocks joined by typed edges. Each block holds
// the nodes it evaluates, in evaluation order. Compound statements never
// appear in Block.Nodes; their parts do, so an analysis can evaluate every
// node of a block without walking into nested bodies by accident. The
// only exceptions are nested function and class definitions, which appear
// whole (their decorators, defaults and bases are evaluated there); their
// bodies are separate graphs (call New on them). Nodes of this package's
// own types (ForTarget, WithEnter, WithExit, HandlerBind, CaseTest,
// IfExpValue, CompElement) stand for steps that have no AST node; they
// satisfy ast.Node, and ast.Walk does not descend into them.
//
// What each construct becomes:
//
//	simple statement   the statement, in the current block
//	if / elif / else   condition blocks (see Conditions), then-branch,
//	                   else-branch, join block
//	while ... else     loop-head block holding the condition; True edges to
//	                   the body, False edges to the else clause or the block
//	                   after; body end and continue go back to the head
//	for ... else       the iterable (an ast.Expr) in the block before the
//	(async for too)    loop; an empty loop-head block with a True edge
//	                   (another item) to the body, whose first node is a
//	                   *ForTarget, and a False edge (exhausted) to the
//	                   else clause or the block after
//	break / continue   the statement, then a Break / Continue edge
//	return             the statement, then a Return edge to Exit
//	raise              the statement, then an Exception edge
//	try                see Exceptions; handler tests are blocks holding the
//	                   clause's type expression with a True edge (matches) to
//	                   the clause, whose first node is a *HandlerBind, and a
//	                   False edge to the next test; after the last test an
//	                   empty block re-raises (Exception edge). A bare
//	                   except has a Normal edge. try* clauses run one after the other and
//	                   end in an "except-end" block that both falls through
//	                   and re-raises.
//	with (async with)  per item its context expression then a *WithEnter;
//	                   the body; a *WithExit on every way out
//	match              the subject (an ast.Expr), then per case a block with
//	                   a *CaseTest: True edge (matched) to the guard's
//	                   condition blocks or the body, False edge to the next
//	                   case; an irrefutable case without guard has a Normal
//	                   edge, and the cases after it are unreachable
//	assert             condition blocks; True edges go on, False edges to an
//	                   "assert-fail" block holding the message (if any) with
//	                   an Exception edge (asserts are taken to be enabled:
//	                   no -O, __debug__ is True)
//	exit(), sys.exit() the statement, then an Exception edge (see
//	and other calls    Options.NoReturn and DefaultNoReturn)
//	that never return
//	yield, await       ordinary expressions inside their statements
//	lambda             its own graph: a synthesized *ast.Return of the body
//	                   expression, Return edge to Exit
//	comprehension      its own graph: per generator the iterable, a loop head,
//	                   a *ForTarget, the filters as conditions (False edges
//	                   back to the head); innermost a *CompElement; the first
//	                   generator's exhausted edge goes to Exit
//
// Conditions. The test of an if, while, assert, match guard, comprehension
// filter and conditional expression is split at short-circuit operators:
// `and`, `or`, `not` and conditional expressions used as conditions never
// appear as nodes. Each atomic operand is the last node of its block,
// which has a True edge (Cond = the operand, which was truthy) and a False
// edge (Cond = the operand, which was falsy). `not x` is unwrapped: x is
// the node and the Cond, and the edges are swapped, so the False edge of
// x leads where `not x` holding leads. So `if a and not b: f()` gives
// a --True(a)--> b --False(b)--> f(), and a --False(a)--> after,
// b --True(b)--> after. A literal constant test (and __debug__) has only
// the edge it takes, so `while True:` has no False edge.
//
// Conditional expressions elsewhere (`v = a if c else b`, in call
// arguments, return values, ...) are lowered: their test is split into
// condition blocks as above, each branch is evaluated in its own block by
// an *IfExpValue node, and the statement holding the expression follows in
// the join block. An analysis evaluating that statement should take, for
// the *ast.IfExp, the value it recorded at the IfExpValue on the path
// (analyses that do not care may evaluate the IfExp whole, at the cost of
// evaluating its branches twice). `and`/`or` in value position
// (`v = a or b`) are not split. Expressions inside lambdas and
// comprehensions belong to those scopes' own graphs and are not lowered.
//
// Exceptions. An exception region is code from which an exception would
// run more code of the body: a try body (to its handlers or finally), an
// except or else clause of a try with a finally, and a with body when an
// enclosing try catches (through the with's exit) or when the context
// manager may swallow exceptions (contextlib.suppress, assertRaises,
// pytest.raises, Options.Swallows). There every node that may raise sits
// alone in its block, with an Exception edge to where the exception goes
// (the first handler test, the finally copy, the with exit); only
// constants, plain bindings of them, pass, global, nonlocal and
// undecorated defs are taken not to raise (a name load may: NameError).
// The first block of a try body also has an Exception edge, as an
// exception may come from anywhere (KeyboardInterrupt). The state an
// analysis should send along an Exception edge is the join of the block's
// entry and exit states: the node may have raised before or after its
// own effect. Outside exception regions implicit exceptions (a failing
// call, a missing key) have no edge: nothing in the body would run after
// them. Explicit raises, failing asserts and calls that never return
// always have an Exception edge, to Graph.Raise when nothing catches them.
//
// Finally bodies are copied, one copy per way of entering them that
// occurs: falling through (Normal edges in, Normal edge out to the code
// after the try), an exception (Exception in and out: re-raising),
// return, break and continue (that jump's edge kind in and out, on to the
// next finally, the loop or Exit). A return, break, continue or raise
// inside a copy overrides the pending jump naturally, as the copy's end is
// then unreachable. Finally bodies nested more than two deep inside
// finally bodies share one copy, to keep graphs linear in the size of the
// code. With statements are treated the same way with a *WithExit node in
// place of the finally body.
//
// Unreachable code (after return, raise, break, continue or a call that
// never returns; branches of constant tests) still gets blocks, with
// Reachable false, so that checks can see its nodes; analyses skip it.
// Blocks are listed in reverse postorder from Entry, the usual iteration
// order for forward dataflow.
//
// New may be called from many goroutines at once; a Builder, which reuses
// its memory from one graph to the next and should be preferred when
// building many graphs, belongs to one goroutine. Builder.BuildTransient
// does not even copy the graph out of that memory: for an analysis done
// with each graph before it builds the next (the taint interpreter keeps
// one Builder per nesting level of the runs in progress).
package cfg
