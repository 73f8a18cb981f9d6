package cfg

import (
	"fmt"
	"strings"

	"github.com/kraitsec/krait/python/ast"
)

// String renders the graph in a stable textual form, one block after
// another:
//
//	b1 body <- b0
//	  3:4 Assign x = f(a)
//	  -> b2 true a
//
// A header line gives the block's index, kind, "(unreachable)" when Entry
// does not reach it, and its predecessors; then one line per node
// (line:column, node type, a short rendering of the code); then one line
// per successor edge (kind, and the condition for True/False edges).
func (g *Graph) String() string {
	var sb strings.Builder
	for _, blk := range g.Blocks {
		fmt.Fprintf(&sb, "b%d %s", blk.Index, blk.Kind)
		if !blk.Reachable {
			sb.WriteString(" (unreachable)")
		}
		if len(blk.Preds) > 0 {
			sb.WriteString(" <-")
			for _, e := range blk.Preds {
				fmt.Fprintf(&sb, " b%d", e.From.Index)
			}
		}
		sb.WriteByte('\n')
		for _, n := range blk.Nodes {
			p := posOf(n)
			fmt.Fprintf(&sb, "  %d:%d %s %s\n", p.Lineno, p.ColOffset, NodeType(n), NodeString(n))
		}
		for _, e := range blk.Succs {
			fmt.Fprintf(&sb, "  -> b%d %s", e.To.Index, e.Kind)
			if e.Cond != nil {
				sb.WriteString(" " + NodeString(e.Cond))
			}
			sb.WriteByte('\n')
		}
	}
	return sb.String()
}

// Dot renders the graph in graphviz's dot language.
func (g *Graph) Dot() string {
	var sb strings.Builder
	sb.WriteString("digraph cfg {\n  node [shape=box fontname=monospace];\n")
	for _, blk := range g.Blocks {
		label := fmt.Sprintf("b%d %s\\l", blk.Index, blk.Kind)
		for _, n := range blk.Nodes {
			label += dotEscape(fmt.Sprintf("%d: %s", posOf(n).Lineno, NodeString(n))) + "\\l"
		}
		style := ""
		if !blk.Reachable {
			style = " style=dashed"
		}
		fmt.Fprintf(&sb, "  b%d [label=\"%s\"%s];\n", blk.Index, label, style)
	}
	for _, blk := range g.Blocks {
		for _, e := range blk.Succs {
			label := e.Kind.String()
			if e.Cond != nil {
				label += " " + NodeString(e.Cond)
			}
			style := ""
			if e.Kind == Exception {
				style = " style=dotted"
			}
			fmt.Fprintf(&sb, "  b%d -> b%d [label=\"%s\"%s];\n", e.From.Index, e.To.Index, dotEscape(label), style)
		}
	}
	sb.WriteString("}\n")
	return sb.String()
}

func dotEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s)
}

// NodeType returns the type name of a block node: the Python class name
// for AST nodes ("Assign", "Call", "Expr" for ast.ExprStmt), the Go type
// name for this package's nodes ("ForTarget", ...).
func NodeType(n ast.Node) string {
	if _, ok := n.(*ast.ExprStmt); ok {
		return "Expr"
	}
	s := fmt.Sprintf("%T", n)
	if i := strings.LastIndexByte(s, '.'); i >= 0 {
		s = s[i+1:]
	}
	return s
}

// maxRender bounds the length of a rendered node.
const maxRender = 72

// NodeString renders a block node as short Python-like text, for
// debugging and golden tests (it is not a faithful unparser: long text is
// cut with "...").
func NodeString(n ast.Node) string {
	p := &printer{}
	p.node(n)
	s := p.sb.String()
	if len(s) > maxRender {
		s = strings.ToValidUTF8(s[:maxRender-3], "") + "..."
	}
	return s
}

type printer struct {
	sb    strings.Builder
	depth int
}

func (p *printer) w(s string) { p.sb.WriteString(s) }

func (p *printer) node(n ast.Node) {
	if p.sb.Len() > 4*maxRender {
		return // the rest would be cut anyway
	}
	switch n := n.(type) {
	case ast.Expr:
		p.expr(n)
	case ast.Stmt:
		p.stmt(n)
	case ast.Pattern:
		p.pattern(n)
	case *ForTarget:
		p.w("for ")
		p.expr(n.Target)
		p.w(" in ")
		p.expr(n.Iter)
	case *WithEnter:
		if n.Item != nil {
			p.expr(n.Item.ContextExpr)
			if n.Item.OptionalVars != nil {
				p.w(" as ")
				p.expr(n.Item.OptionalVars)
			}
		}
	case *WithExit:
		p.w("exit")
	case *HandlerBind:
		p.w("except")
		if n.Handler != nil && n.Handler.Type != nil {
			p.w(" ")
			p.expr(n.Handler.Type)
		}
		if n.Handler != nil && n.Handler.Name != "" {
			p.w(" as " + n.Handler.Name)
		}
	case *CaseTest:
		p.w("case ")
		if n.Case != nil {
			p.pattern(n.Case.Pattern)
		}
	case *IfExpValue:
		p.expr(n.Value)
	case *CompElement:
		if n.Key != nil {
			p.expr(n.Key)
			p.w(": ")
		}
		p.expr(n.Value)
	default:
		p.w(NodeType(n))
	}
}

func (p *printer) exprs(xs []ast.Expr, sep string) {
	for i, x := range xs {
		if i > 0 {
			p.w(sep)
		}
		p.expr(x)
	}
}

func (p *printer) stmt(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.Assign:
		for _, t := range s.Targets {
			p.expr(t)
			p.w(" = ")
		}
		p.expr(s.Value)
	case *ast.AugAssign:
		p.expr(s.Target)
		p.w(" " + opName(binOps[:], int(s.Op)) + "= ")
		p.expr(s.Value)
	case *ast.AnnAssign:
		p.expr(s.Target)
		p.w(": ")
		p.expr(s.Annotation)
		if s.Value != nil {
			p.w(" = ")
			p.expr(s.Value)
		}
	case *ast.ExprStmt:
		p.expr(s.Value)
	case *ast.Return:
		p.w("return")
		if s.Value != nil {
			p.w(" ")
			p.expr(s.Value)
		}
	case *ast.Raise:
		p.w("raise")
		if s.Exc != nil {
			p.w(" ")
			p.expr(s.Exc)
		}
		if s.Cause != nil {
			p.w(" from ")
			p.expr(s.Cause)
		}
	case *ast.Delete:
		p.w("del ")
		p.exprs(s.Targets, ", ")
	case *ast.Import:
		p.w("import ")
		p.aliases(s.Names)
	case *ast.ImportFrom:
		p.w("from " + strings.Repeat(".", s.Level) + s.Module + " import ")
		p.aliases(s.Names)
	case *ast.Global:
		p.w("global " + strings.Join(s.Names, ", "))
	case *ast.Nonlocal:
		p.w("nonlocal " + strings.Join(s.Names, ", "))
	case *ast.Pass:
		p.w("pass")
	case *ast.Break:
		p.w("break")
	case *ast.Continue:
		p.w("continue")
	case *ast.FunctionDef:
		p.w("def " + s.Name + "(...)")
	case *ast.AsyncFunctionDef:
		p.w("async def " + s.Name + "(...)")
	case *ast.ClassDef:
		p.w("class " + s.Name)
	case *ast.TypeAlias:
		p.w("type ")
		p.expr(s.Name)
		p.w(" = ")
		p.expr(s.Value)
	default:
		p.w(NodeType(s))
	}
}

func (p *printer) aliases(as []*ast.Alias) {
	for i, a := range as {
		if i > 0 {
			p.w(", ")
		}
		if a == nil {
			continue
		}
		p.w(a.Name)
		if a.Asname != "" {
			p.w(" as " + a.Asname)
		}
	}
}

var binOps = [...]string{"?", "+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"}

var cmpOps = [...]string{"?", "==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"}

var unaryOps = [...]string{"?", "~", "not ", "+", "-"}

func opName(names []string, i int) string {
	if i >= 0 && i < len(names) {
		return names[i]
	}
	return "?"
}

// sub renders an operand, in parentheses when it is itself an operation.
func (p *printer) sub(e ast.Expr) {
	switch e.(type) {
	case *ast.BoolOp, *ast.BinOp, *ast.UnaryOp, *ast.Compare, *ast.IfExp, *ast.Lambda, *ast.NamedExpr, *ast.Await, *ast.Yield, *ast.YieldFrom:
		p.w("(")
		p.expr(e)
		p.w(")")
	default:
		p.expr(e)
	}
}

func (p *printer) expr(e ast.Expr) {
	p.depth++
	defer func() { p.depth-- }()
	if p.depth > 50 || p.sb.Len() > 4*maxRender {
		p.w("...")
		return
	}
	switch e := e.(type) {
	case nil:
		p.w("<nil>")
	case *ast.Name:
		p.w(e.ID)
	case *ast.Constant:
		if e.Value == ast.Ellipsis {
			p.w("...")
		} else {
			p.w(ast.Repr(e.Value))
		}
	case *ast.Attribute:
		p.sub(e.Value)
		p.w("." + e.Attr)
	case *ast.Subscript:
		p.sub(e.Value)
		p.w("[")
		p.expr(e.Slice)
		p.w("]")
	case *ast.Call:
		p.sub(e.Func)
		p.w("(")
		p.exprs(e.Args, ", ")
		for i, k := range e.Keywords {
			if i > 0 || len(e.Args) > 0 {
				p.w(", ")
			}
			if k == nil {
				continue
			}
			if k.Arg == "" {
				p.w("**")
			} else {
				p.w(k.Arg + "=")
			}
			p.expr(k.Value)
		}
		p.w(")")
	case *ast.BoolOp:
		op := " and "
		if e.Op == ast.Or {
			op = " or "
		}
		for i, v := range e.Values {
			if i > 0 {
				p.w(op)
			}
			p.sub(v)
		}
	case *ast.BinOp:
		p.sub(e.Left)
		p.w(" " + opName(binOps[:], int(e.Op)) + " ")
		p.sub(e.Right)
	case *ast.UnaryOp:
		p.w(opName(unaryOps[:], int(e.Op)))
		p.sub(e.Operand)
	case *ast.Compare:
		p.sub(e.Left)
		for i, op := range e.Ops {
			p.w(" " + opName(cmpOps[:], int(op)) + " ")
			if i < len(e.Comparators) {
				p.sub(e.Comparators[i])
			}
		}
	case *ast.NamedExpr:
		p.expr(e.Target)
		p.w(" := ")
		p.sub(e.Value)
	case *ast.IfExp:
		p.sub(e.Body)
		p.w(" if ")
		p.sub(e.Test)
		p.w(" else ")
		p.sub(e.Orelse)
	case *ast.Lambda:
		p.w("lambda: ")
		p.expr(e.Body)
	case *ast.Tuple:
		p.w("(")
		p.exprs(e.Elts, ", ")
		if len(e.Elts) == 1 {
			p.w(",")
		}
		p.w(")")
	case *ast.List:
		p.w("[")
		p.exprs(e.Elts, ", ")
		p.w("]")
	case *ast.Set:
		p.w("{")
		p.exprs(e.Elts, ", ")
		p.w("}")
	case *ast.Dict:
		p.w("{")
		for i, v := range e.Values {
			if i > 0 {
				p.w(", ")
			}
			if i < len(e.Keys) && e.Keys[i] != nil {
				p.expr(e.Keys[i])
				p.w(": ")
			} else {
				p.w("**")
			}
			p.expr(v)
		}
		p.w("}")
	case *ast.ListComp:
		p.w("[")
		p.expr(e.Elt)
		p.w(" for ...]")
	case *ast.SetComp:
		p.w("{")
		p.expr(e.Elt)
		p.w(" for ...}")
	case *ast.DictComp:
		p.w("{")
		p.expr(e.Key)
		p.w(": ")
		p.expr(e.Value)
		p.w(" for ...}")
	case *ast.GeneratorExp:
		p.w("(")
		p.expr(e.Elt)
		p.w(" for ...)")
	case *ast.Await:
		p.w("await ")
		p.sub(e.Value)
	case *ast.Yield:
		p.w("yield")
		if e.Value != nil {
			p.w(" ")
			p.expr(e.Value)
		}
	case *ast.YieldFrom:
		p.w("yield from ")
		p.expr(e.Value)
	case *ast.Starred:
		p.w("*")
		p.sub(e.Value)
	case *ast.Slice:
		if e.Lower != nil {
			p.expr(e.Lower)
		}
		p.w(":")
		if e.Upper != nil {
			p.expr(e.Upper)
		}
		if e.Step != nil {
			p.w(":")
			p.expr(e.Step)
		}
	case *ast.JoinedStr:
		p.w("f'...'")
	case *ast.FormattedValue:
		p.w("{")
		p.expr(e.Value)
		p.w("}")
	default:
		p.w(NodeType(e))
	}
}

func (p *printer) pattern(pt ast.Pattern) {
	switch pt := pt.(type) {
	case nil:
		p.w("<nil>")
	case *ast.MatchValue:
		p.expr(pt.Value)
	case *ast.MatchSingleton:
		p.w(ast.Repr(pt.Value))
	case *ast.MatchAs:
		switch {
		case pt.Pattern == nil && pt.Name == "":
			p.w("_")
		case pt.Pattern == nil:
			p.w(pt.Name)
		default:
			p.pattern(pt.Pattern)
			p.w(" as " + pt.Name)
		}
	case *ast.MatchOr:
		for i, q := range pt.Patterns {
			if i > 0 {
				p.w(" | ")
			}
			p.pattern(q)
		}
	case *ast.MatchStar:
		name := pt.Name
		if name == "" {
			name = "_"
		}
		p.w("*" + name)
	case *ast.MatchSequence:
		p.w("[")
		for i, q := range pt.Patterns {
			if i > 0 {
				p.w(", ")
			}
			p.pattern(q)
		}
		p.w("]")
	case *ast.MatchMapping:
		p.w("{")
		for i, k := range pt.Keys {
			if i > 0 {
				p.w(", ")
			}
			p.expr(k)
			p.w(": ")
			if i < len(pt.Patterns) {
				p.pattern(pt.Patterns[i])
			}
		}
		if pt.Rest != "" {
			if len(pt.Keys) > 0 {
				p.w(", ")
			}
			p.w("**" + pt.Rest)
		}
		p.w("}")
	case *ast.MatchClass:
		p.expr(pt.Cls)
		p.w("(")
		for i, q := range pt.Patterns {
			if i > 0 {
				p.w(", ")
			}
			p.pattern(q)
		}
		for i, a := range pt.KwdAttrs {
			if i > 0 || len(pt.Patterns) > 0 {
				p.w(", ")
			}
			p.w(a + "=")
			if i < len(pt.KwdPatterns) {
				p.pattern(pt.KwdPatterns[i])
			}
		}
		p.w(")")
	default:
		p.w(NodeType(pt))
	}
}
