package cfg

import (
	"github.com/kraitsec/krait/python/ast"
)

// EdgeKind says why control moves along an edge.
type EdgeKind uint8

const (
	// Normal is fall-through or an unconditional jump (end of a loop body
	// back to its head, end of a branch to the join, ...).
	Normal EdgeKind = iota
	// True is taken when a decision succeeds: Cond held (was truthy); for a
	// for-loop head, the iterator produced an item (Cond nil); for an
	// except clause, the exception matched its type (Cond nil); for a match
	// case, the pattern matched (Cond nil).
	True
	// False is taken when a decision fails: Cond was falsy; the iterator
	// was exhausted; the exception did not match; the pattern did not
	// match. Cond is nil for the non-expression decisions.
	False
	// Exception carries a raised exception: from a block whose node may
	// raise (in an exception region), from a raise statement, a failing
	// assert or a call that never returns, and from the end of a finally or
	// with-exit block that re-raises, to the next handler test, finally
	// block, with exit, or Graph.Raise.
	Exception
	// Break is a break statement's jump, to the block after the loop or
	// into a finally/with-exit block on the way there.
	Break
	// Continue is a continue statement's jump, to the loop head or into a
	// finally/with-exit block on the way there.
	Continue
	// Return is a return statement's jump (and a lambda's), to Graph.Exit
	// or into a finally/with-exit block on the way there.
	Return
)

var edgeKindNames = [...]string{"normal", "true", "false", "exception", "break", "continue", "return"}

// String returns the kind's lower-case name.
func (k EdgeKind) String() string {
	if int(k) < len(edgeKindNames) {
		return edgeKindNames[k]
	}
	return "?"
}

// Edge is a possible transfer of control from one block to another.
type Edge struct {
	From, To *Block
	Kind     EdgeKind
	// Cond, on True and False edges of a truth test, is the atomic
	// expression tested (after short-circuit splitting and `not`
	// unwrapping): it was truthy on a True edge and falsy on a False edge.
	// It is also the last node of From. Nil on other edges.
	Cond ast.Expr
}

// Block is a basic block: its nodes run in order, then control leaves by
// one of Succs.
type Block struct {
	// Index is the block's position in Graph.Blocks.
	Index int
	// Nodes are evaluated in order. They are:
	//   - simple statements (Assign, AugAssign, AnnAssign, ExprStmt, Delete,
	//     Import, ImportFrom, Global, Nonlocal, Pass, TypeAlias), and Return,
	//     Raise, Break and Continue as the last node before their jump;
	//   - nested FunctionDef, AsyncFunctionDef and ClassDef, whole;
	//   - condition operands (ast.Expr), each the last node of its block,
	//     for if, elif, while, assert, match guards, comprehension filters
	//     and conditional-expression tests;
	//   - a for loop's iterable (ast.Expr) before the loop, then a
	//     *ForTarget first in the loop body;
	//   - a with statement's context expressions, each followed by its
	//     *WithEnter, and a *WithExit where the with body is left;
	//   - a match subject (ast.Expr), then a *CaseTest per case;
	//   - a *HandlerBind first in each except clause, after a block holding
	//     the clause's type expression (ast.Expr) when it has one;
	//   - an assert's message (ast.Expr) in the block that raises
	//     AssertionError;
	//   - *IfExpValue for lowered conditional expressions;
	//   - in comprehension graphs, *ForTarget per generator and a
	//     *CompElement; in lambda graphs, a synthesized *ast.Return of the
	//     body expression.
	Nodes []ast.Node
	Succs []*Edge
	Preds []*Edge
	// Kind names the block's role, for debugging and tests: "entry",
	// "exit", "raise", "body", "cond", "loop-head", "loop-else", "after",
	// "except-test", "except", "except-end", "finally", "with-exit",
	// "case", "guard", "case-body", "assert-fail", "ifexp", "unreachable"
	// (code after a jump).
	Kind string
	// Reachable reports whether the block can be reached from Entry.
	// Unreachable blocks (dead code after return, raise, break, continue,
	// branches of constant tests) are kept so that analyses and checks can
	// still see their nodes.
	Reachable bool
}

// Graph is the control-flow graph of one code body.
type Graph struct {
	// Entry is where the body starts; it has no predecessors.
	Entry *Block
	// Exit is reached by falling off the end of the body or by return.
	Exit *Block
	// Raise is where exceptions nothing in the body catches leave.
	Raise *Block
	// Blocks are all blocks, Blocks[i].Index == i: first those reachable
	// from Entry in reverse postorder (Entry first; a good iteration order
	// for forward dataflow), then the unreachable ones, then Exit and
	// Raise.
	Blocks []*Block
	// Func is the node New was given.
	Func ast.Node
}

// Options tune graph construction.
type Options struct {
	// NoReturn reports calls that never return normally (they raise or end
	// the process), in addition to DefaultNoReturn's. A statement that is
	// such a call (possibly awaited) ends its block with an Exception edge.
	NoReturn func(call *ast.Call) bool
	// Swallows reports context managers (the with item's context
	// expression) that may swallow exceptions raised in the with body, in
	// addition to DefaultSwallows's. Code after such a with is reachable
	// from every statement of its body that may raise.
	Swallows func(ctx ast.Expr) bool

	// likeCPython, for tests comparing dead code with CPython's compiler,
	// drops the defaults above and lets every context manager swallow.
	likeCPython bool
}

// New builds the graph of fn's body: *ast.Module, *ast.FunctionDef,
// *ast.AsyncFunctionDef, *ast.ClassDef, *ast.Lambda, *ast.ListComp,
// *ast.SetComp, *ast.DictComp or *ast.GeneratorExp. Other nodes (and nil)
// give a graph whose Entry falls straight to Exit.
func New(fn ast.Node) *Graph { return NewWithOptions(fn, Options{}) }

// NewWithOptions is New with options.
func NewWithOptions(fn ast.Node, opts Options) *Graph {
	var bd builder
	bd.init(fn, opts, new(scratch), false)
	bd.build(fn)
	return bd.finish()
}

// Builder builds graphs reusing its working memory from one graph to the
// next, and gives each graph exactly sized arrays (half the memory of a
// graph from New). An analysis building many graphs should keep one
// Builder per goroutine: it allocates a quarter of what New does, which
// matters when the garbage collector has a whole program's trees to scan.
// The zero Builder is ready to use; a Builder must not be used by two
// goroutines at once.
type Builder struct {
	Options Options
	scratch scratch
}

// Build builds the graph of fn's body, as NewWithOptions(fn, b.Options).
func (b *Builder) Build(fn ast.Node) *Graph {
	var bd builder
	bd.init(fn, b.Options, &b.scratch, true)
	bd.build(fn)
	return bd.finish()
}

// BuildTransient builds the graph of fn's body in the builder's own
// memory, without copying it out: the graph is valid only until the
// builder's next build (whose blocks and edges overwrite it). An analysis
// that is done with each graph before it builds the next (one builder per
// graph in use at once) then builds graphs without allocating, once the
// builder's memory has grown to the largest body.
func (b *Builder) BuildTransient(fn ast.Node) *Graph {
	bd := builder{transient: true}
	bd.init(fn, b.Options, &b.scratch, false)
	bd.build(fn)
	g := bd.finish()
	b.scratch.blockList, b.scratch.frames = bd.blocks[:0], bd.frames[:0]
	return g
}
