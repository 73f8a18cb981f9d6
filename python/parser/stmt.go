package parser

import (
	"strings"

	"github.com/kraitsec/krait/python/ast"
	"github.com/kraitsec/krait/python/lexer"
)

// file: [statements] ENDMARKER.
func (p *parser) file() *ast.Module {
	mark := len(p.stmtStack)
	for p.err == nil && p.kind() != lexer.ENDMARKER {
		if p.kind() == lexer.INDENT {
			p.errorIndent("unexpected indent")
			break
		}
		if p.kind() == lexer.DEDENT {
			p.syntaxError()
			break
		}
		start, n := p.p, len(p.stmtStack)
		p.stmtStack = p.statement(p.stmtStack)
		if p.p-start > minTokensForDeepTree && p.err == nil {
			for _, s := range p.stmtStack[n:] {
				p.checkTreeDepth(s, start)
			}
		}
	}
	return &ast.Module{Body: p.stmtsFrom(mark)}
}

// CPython turns its C tree into Python objects recursively and gives up
// (RecursionError, "maximum recursion depth exceeded during ast
// construction") on trees deeper than about 10000 nodes. A level costs at
// least half a token, so only statements with many tokens can get there.
const (
	maxTreeDepth         = 9997 // deepest node python3.13 converts, Module = 1
	minTokensForDeepTree = maxTreeDepth / 2
)

// checkTreeDepth rejects a top-level statement whose tree is too deep for
// CPython to build.
func (p *parser) checkTreeDepth(s ast.Stmt, startTok int) {
	depth, deepest := 1, 1 // the Module
	ast.Inspect(s, func(n ast.Node) bool {
		if n == nil {
			depth--
			return false
		}
		if depth >= maxTreeDepth {
			// Already too deep: stop descending, so the check itself never
			// recurses far (a million-operand chain would overflow the stack).
			deepest = depth + 1
			return false
		}
		depth++
		if depth > deepest {
			deepest = depth
		}
		return true
	})
	if deepest > maxTreeDepth {
		p.errorAt(startTok, "maximum recursion depth exceeded during ast construction")
	}
}

// statements parses statements until ENDMARKER, or DEDENT when inBlock.
func (p *parser) statements(inBlock bool) []ast.Stmt {
	mark := len(p.stmtStack)
	for p.err == nil {
		switch p.kind() {
		case lexer.ENDMARKER:
			return p.stmtsFrom(mark)
		case lexer.DEDENT:
			if inBlock {
				return p.stmtsFrom(mark)
			}
			p.syntaxError()
			return p.stmtsFrom(mark)
		case lexer.INDENT:
			p.errorIndent("unexpected indent")
			return p.stmtsFrom(mark)
		}
		p.stmtStack = p.statement(p.stmtStack)
	}
	return p.stmtsFrom(mark)
}

// statement: compound_stmt | simple_stmts.
func (p *parser) statement(body []ast.Stmt) []ast.Stmt {
	switch p.kind() {
	case lexer.NAME:
		switch p.curKw() {
		case kwDef:
			return append(body, p.funcDef(nil))
		case kwIf:
			return append(body, p.ifStmt())
		case kwClass:
			return append(body, p.classDef(nil))
		case kwWith:
			return append(body, p.withStmt())
		case kwFor:
			return append(body, p.forStmt())
		case kwTry:
			return append(body, p.tryStmt())
		case kwWhile:
			return append(body, p.whileStmt())
		case kwAsync:
			switch p.peekKw(1) {
			case kwDef:
				return append(body, p.funcDef(nil))
			case kwWith:
				return append(body, p.withStmt())
			case kwFor:
				return append(body, p.forStmt())
			}
		case kwNone:
			if p.isSoft(p.p, "match") {
				if s := p.matchStmt(); s != nil {
					return append(body, s)
				}
			}
		}
	case lexer.AT:
		return append(body, p.decorated())
	}
	return p.simpleStmts(body)
}

// simpleStmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE.
func (p *parser) simpleStmts(body []ast.Stmt) []ast.Stmt {
	for p.err == nil {
		body = append(body, p.simpleStmt())
		if p.kind() != lexer.SEMI {
			break
		}
		p.next()
		if p.kind() == lexer.NEWLINE {
			break
		}
	}
	if p.kind() != lexer.NEWLINE {
		p.syntaxError()
		return body
	}
	p.next()
	return body
}

func (p *parser) simpleStmt() ast.Stmt {
	start := p.p
	if p.kind() == lexer.NAME {
		switch p.curKw() {
		case kwPass:
			p.next()
			return &ast.Pass{Pos: p.span(start)}
		case kwBreak:
			p.next()
			return &ast.Break{Pos: p.span(start)}
		case kwContinue:
			p.next()
			return &ast.Continue{Pos: p.span(start)}
		case kwReturn:
			p.next()
			var v ast.Expr
			if p.startsExpr() {
				v = p.starExpressions()
			}
			return &ast.Return{Value: v, Pos: p.span(start)}
		case kwImport:
			return p.importName()
		case kwFrom:
			return p.importFrom()
		case kwRaise:
			p.next()
			var exc, cause ast.Expr
			if p.startsExpr() {
				exc = p.expression()
				if p.kind() == lexer.NAME && p.curKw() == kwFrom {
					p.next()
					cause = p.expression()
				}
			}
			return &ast.Raise{Exc: exc, Cause: cause, Pos: p.span(start)}
		case kwDel:
			return p.delStmt()
		case kwAssert:
			p.next()
			test := p.expression()
			var msg ast.Expr
			if p.kind() == lexer.COMMA {
				p.next()
				msg = p.expression()
			}
			return &ast.Assert{Test: test, Msg: msg, Pos: p.span(start)}
		case kwGlobal, kwNonlocal:
			isGlobal := p.curKw() == kwGlobal
			p.next()
			var names []string
			for {
				if !p.isName() {
					p.syntaxError()
					break
				}
				names = append(names, p.ident(p.p))
				p.next()
				if p.kind() != lexer.COMMA {
					break
				}
				p.next()
			}
			if isGlobal {
				return &ast.Global{Names: names, Pos: p.span(start)}
			}
			return &ast.Nonlocal{Names: names, Pos: p.span(start)}
		case kwNone:
			if p.peekKind(1) == lexer.NAME && p.isSoft(p.p, "type") && p.peekKw(1) == kwNone {
				if k := p.peekKind(2); k == lexer.EQUAL || k == lexer.LSQB {
					return p.typeAlias()
				}
			}
		}
	}
	return p.exprStmt()
}

// exprStmt: assignment | star_expressions.
func (p *parser) exprStmt() ast.Stmt {
	start := p.p
	e := p.annotatedRHS()
	switch p.kind() {
	case lexer.EQUAL:
		targets := make([]ast.Expr, 1, 2)
		targets[0] = e
		var value ast.Expr
		for p.kind() == lexer.EQUAL {
			p.next()
			v := p.annotatedRHS()
			if p.kind() == lexer.EQUAL {
				targets = append(targets, v)
			} else {
				value = v
			}
		}
		for _, t := range targets {
			if len(targets) == 1 && !isTargetKind(t) {
				p.errorAtPos(exprPos(t), invalidTargetMsg(t, true))
				return &ast.Pass{}
			}
			if !p.setStore(t) {
				return &ast.Pass{}
			}
		}
		return p.nodes.assigns.new(ast.Assign{Targets: targets, Value: value, Pos: p.span(start)})
	case lexer.COLON:
		if !p.startsExpression(p.p + 1) {
			// Not an annotation at all (CPython reports no target error).
			p.next()
			p.syntaxError()
			return &ast.Pass{}
		}
		switch e.(type) {
		case *ast.Name, *ast.Attribute, *ast.Subscript:
		case *ast.Tuple:
			p.errorAtPos(exprPos(e), "only single target (not tuple) can be annotated")
			return &ast.Pass{}
		case *ast.List:
			p.errorAtPos(exprPos(e), "only single target (not list) can be annotated")
			return &ast.Pass{}
		default:
			p.errorAtPos(exprPos(e), "illegal target for annotation")
			return &ast.Pass{}
		}
		simple := 0
		if _, ok := e.(*ast.Name); ok && p.toks[start].Kind == lexer.NAME {
			simple = 1
		}
		p.setStore(e)
		p.next()
		ann := p.expression()
		var value ast.Expr
		if p.kind() == lexer.EQUAL {
			p.next()
			value = p.annotatedRHS()
		}
		return &ast.AnnAssign{Target: e, Annotation: ann, Value: value, Simple: simple, Pos: p.span(start)}
	}
	if n, ok := e.(*ast.Name); ok && (n.ID == "print" || n.ID == "exec") && p.startsExpr() && p.toks[start].Kind == lexer.NAME {
		p.errorAt(start, "Missing parentheses in call to '%s'. Did you mean %s(...)?", n.ID, n.ID)
		return &ast.Pass{}
	}
	if op, ok := augAssignOp(p.kind()); ok {
		if !singleTargetOK(e) {
			p.errorAtPos(exprPos(e), "'"+exprName(e)+"' is an illegal expression for augmented assignment")
			return &ast.Pass{}
		}
		p.setStore(e)
		p.next()
		v := p.annotatedRHS()
		return &ast.AugAssign{Target: e, Op: op, Value: v, Pos: p.span(start)}
	}
	return p.nodes.exprStmts.new(ast.ExprStmt{Value: e, Pos: p.span(start)})
}

func isTargetKind(e ast.Expr) bool {
	switch e.(type) {
	case *ast.Name, *ast.Attribute, *ast.Subscript, *ast.Starred, *ast.Tuple, *ast.List:
		return true
	}
	return false
}

// annotatedRHS: yield_expr | star_expressions.
func (p *parser) annotatedRHS() ast.Expr {
	if p.kind() == lexer.NAME && p.curKw() == kwYield {
		return p.yieldExpr()
	}
	return p.starExpressions()
}

func augAssignOp(k lexer.Kind) (ast.Operator, bool) {
	switch k {
	case lexer.PLUSEQUAL:
		return ast.Add, true
	case lexer.MINEQUAL:
		return ast.Sub, true
	case lexer.STAREQUAL:
		return ast.Mult, true
	case lexer.ATEQUAL:
		return ast.MatMult, true
	case lexer.SLASHEQUAL:
		return ast.Div, true
	case lexer.PERCENTEQUAL:
		return ast.Mod, true
	case lexer.AMPEREQUAL:
		return ast.BitAnd, true
	case lexer.VBAREQUAL:
		return ast.BitOr, true
	case lexer.CIRCUMFLEXEQUAL:
		return ast.BitXor, true
	case lexer.LEFTSHIFTEQUAL:
		return ast.LShift, true
	case lexer.RIGHTSHIFTEQUAL:
		return ast.RShift, true
	case lexer.DOUBLESTAREQUAL:
		return ast.Pow, true
	case lexer.DOUBLESLASHEQUAL:
		return ast.FloorDiv, true
	}
	return 0, false
}

// delStmt: 'del' del_targets &(';' | NEWLINE).
func (p *parser) delStmt() ast.Stmt {
	start := p.p
	p.next()
	var targets []ast.Expr
	for {
		if p.kind() == lexer.STAR {
			p.errorAt(p.p, "cannot delete starred")
			return &ast.Pass{}
		}
		e := p.primary()
		if !p.setDel(e) {
			return &ast.Pass{}
		}
		targets = append(targets, e)
		if p.kind() != lexer.COMMA {
			break
		}
		p.next()
		if k := p.kind(); k == lexer.SEMI || k == lexer.NEWLINE {
			break
		}
	}
	if k := p.kind(); k != lexer.SEMI && k != lexer.NEWLINE {
		p.syntaxError()
	}
	return &ast.Delete{Targets: targets, Pos: p.span(start)}
}

// typeAlias: "type" NAME [type_params] '=' expression.
func (p *parser) typeAlias() ast.Stmt {
	start := p.p
	p.next()
	name := p.nodes.names.new(ast.Name{ID: p.ident(p.p), Ctx: ast.Store, Pos: tokPos(&p.toks[p.p])})
	p.next()
	var tps []ast.TypeParam
	if p.kind() == lexer.LSQB {
		tps = p.typeParams()
	}
	p.expect(lexer.EQUAL)
	v := p.expression()
	return &ast.TypeAlias{Name: name, TypeParams: tps, Value: v, Pos: p.span(start)}
}

// dottedName: NAME ('.' NAME)*.
func (p *parser) dottedName() string {
	if !p.isName() {
		p.syntaxError()
		return ""
	}
	first := p.ident(p.p)
	p.next()
	if p.kind() != lexer.DOT {
		return first
	}
	var b strings.Builder
	b.WriteString(first)
	for p.kind() == lexer.DOT {
		p.next()
		if !p.isName() {
			p.syntaxError()
			return ""
		}
		b.WriteByte('.')
		b.WriteString(p.ident(p.p))
		p.next()
	}
	return b.String()
}

// importName: 'import' ','.dotted_as_name+.
func (p *parser) importName() ast.Stmt {
	start := p.p
	p.next()
	if p.kind() == lexer.NEWLINE {
		p.errorAt(p.p, "Expected one or more names after 'import'")
		return &ast.Pass{}
	}
	var names []*ast.Alias
	for p.err == nil {
		aStart := p.p
		a := &ast.Alias{Name: p.dottedName()}
		if p.kind() == lexer.NAME && p.curKw() == kwAs {
			p.next()
			if !p.isName() {
				p.syntaxError()
				break
			}
			a.Asname = p.ident(p.p)
			p.next()
		}
		a.Pos = p.span(aStart)
		names = append(names, a)
		if p.kind() != lexer.COMMA {
			break
		}
		p.next()
	}
	return &ast.Import{Names: names, Pos: p.span(start)}
}

// importFrom: 'from' ('.' | '...')* dotted_name 'import' targets |
// 'from' ('.' | '...')+ 'import' targets.
func (p *parser) importFrom() ast.Stmt {
	start := p.p
	p.next()
	level := 0
	for {
		if p.kind() == lexer.DOT {
			level++
		} else if p.kind() == lexer.ELLIPSIS {
			level += 3
		} else {
			break
		}
		p.next()
	}
	module := ""
	if level == 0 || !(p.kind() == lexer.NAME && p.curKw() == kwImport) {
		module = p.dottedName()
	}
	if !p.expectKw(kwImport) {
		return &ast.Pass{}
	}
	var names []*ast.Alias
	if p.kind() == lexer.STAR {
		names = append(names, &ast.Alias{Name: "*", Pos: tokPos(&p.toks[p.p])})
		p.next()
		return &ast.ImportFrom{Module: module, Names: names, Level: level, Pos: p.span(start)}
	}
	if p.kind() == lexer.NEWLINE {
		p.errorAt(p.p, "Expected one or more names after 'import'")
		return &ast.Pass{}
	}
	paren := p.kind() == lexer.LPAR
	if paren {
		p.next()
	}
	for p.err == nil {
		aStart := p.p
		if !p.isName() {
			p.syntaxError()
			break
		}
		a := &ast.Alias{Name: p.ident(p.p)}
		p.next()
		if p.kind() == lexer.NAME && p.curKw() == kwAs {
			p.next()
			if !p.isName() {
				p.syntaxError()
				break
			}
			a.Asname = p.ident(p.p)
			p.next()
		}
		a.Pos = p.span(aStart)
		names = append(names, a)
		if p.kind() != lexer.COMMA {
			break
		}
		p.next()
		if paren && p.kind() == lexer.RPAR {
			break
		}
		if !paren && (p.kind() == lexer.NEWLINE || p.kind() == lexer.SEMI) {
			p.errorAt(p.p, "trailing comma not allowed without surrounding parentheses")
			break
		}
	}
	if paren {
		p.expect(lexer.RPAR)
	}
	return &ast.ImportFrom{Module: module, Names: names, Level: level, Pos: p.span(start)}
}
