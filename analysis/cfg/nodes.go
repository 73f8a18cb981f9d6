package cfg

import "github.com/kraitsec/krait/python/ast"

// The node types below stand in Block.Nodes for steps of compound
// statements that have no AST node of their own. Each embeds the AST node
// it belongs to (so it satisfies ast.Node); ast.Walk and ast.Inspect visit
// them without descending into anything.

// ForTarget binds the next item of Iter to Target. It is the first node of
// a for loop's body (and of each generator's body in a comprehension
// graph). Iter was evaluated before the loop, in the block that enters the
// loop head; Iter here is only a reference to it.
type ForTarget struct {
	ast.Node // *ast.For, *ast.AsyncFor or *ast.Comprehension
	Target   ast.Expr
	Iter     ast.Expr
	Async    bool
}

// WithEnter calls the __enter__ (or __aenter__) of Item.ContextExpr, which
// was evaluated just before, and binds the result to Item.OptionalVars if
// set.
type WithEnter struct {
	ast.Node // *ast.With or *ast.AsyncWith
	Item     *ast.WithItem
	Async    bool
}

// WithExit calls the __exit__ (or __aexit__) of every item of the with
// statement. It is the first node of each block that leaves the with body:
// normally, by return/break/continue, or by an exception when something
// in the function catches it or a context manager is known to swallow it
// (that block has an Exception edge onwards, plus, when the exception may
// be swallowed, as by contextlib.suppress, a Normal edge to the code after
// the with).
type WithExit struct {
	ast.Node // *ast.With or *ast.AsyncWith
	Async    bool
}

// HandlerBind is the first node of an except clause's body: the caught
// exception is bound to Handler.Name (if any).
type HandlerBind struct {
	ast.Node // *ast.Try or *ast.TryStar
	Handler  *ast.ExceptHandler
}

// CaseTest matches Subject against Case.Pattern, binding its capture names
// (CPython may bind some captures even when the match fails). Its block's
// True edge is taken on a match, the False edge goes to the next case; an
// irrefutable pattern without a guard has a single Normal edge.
type CaseTest struct {
	ast.Node // *ast.Match
	Subject  ast.Expr
	Case     *ast.MatchCase
}

// IfExpValue says that on this path the conditional expression IfExp
// evaluates to Value (IfExp.Body or IfExp.Orelse), evaluated here.
type IfExpValue struct {
	ast.Node // the *ast.IfExp
	IfExp    *ast.IfExp
	Value    ast.Expr
}

// CompElement adds one element to a comprehension's result (or yields it,
// for a generator expression): Value for list, set and generator
// comprehensions, Key: Value for dict comprehensions.
type CompElement struct {
	ast.Node // the comprehension
	Key      ast.Expr
	Value    ast.Expr
}

// Position returns the location of the for statement or comprehension's target.
func (n *ForTarget) Position() ast.Pos { return posOf(n.Target) }

// Position returns the location of the context expression.
func (n *WithEnter) Position() ast.Pos {
	if n.Item == nil {
		return posOf(n.Node)
	}
	return posOf(n.Item.ContextExpr)
}

// Position returns the location of the with statement.
func (n *WithExit) Position() ast.Pos { return posOf(n.Node) }

// Position returns the location of the except clause.
func (n *HandlerBind) Position() ast.Pos {
	if n.Handler == nil {
		return ast.Pos{}
	}
	return n.Handler.Pos
}

// Position returns the location of the case pattern.
func (n *CaseTest) Position() ast.Pos {
	if n.Case == nil {
		return ast.Pos{}
	}
	return posOf(n.Case.Pattern)
}

// Position returns the location of the chosen branch.
func (n *IfExpValue) Position() ast.Pos { return posOf(n.Value) }

// Position returns the location of the element expression.
func (n *CompElement) Position() ast.Pos {
	if n.Key != nil {
		return posOf(n.Key)
	}
	return posOf(n.Value)
}

// posOf returns n's location, or the zero Pos for nodes without one.
func posOf(n ast.Node) ast.Pos {
	if p, ok := n.(ast.Positioned); ok && p != nil {
		return p.Position()
	}
	return ast.Pos{}
}
