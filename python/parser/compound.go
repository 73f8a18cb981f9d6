package parser

import (
	"github.com/kraitsec/krait/python/ast"
	"github.com/kraitsec/krait/python/lexer"
)

// spanBlock is the position of a compound statement: from token start to
// the last token consumed that is not NEWLINE, INDENT or DEDENT (so a
// trailing ';' of the last simple statement counts, as in CPython).
func (p *parser) spanBlock(start int) ast.Pos {
	s := &p.toks[start]
	i := p.p - 1
	for i > start {
		k := p.toks[i].Kind
		if k != lexer.NEWLINE && k != lexer.INDENT && k != lexer.DEDENT && k != lexer.ENDMARKER {
			break
		}
		i--
	}
	e := &p.toks[i]
	return ast.Pos{Lineno: s.Line, ColOffset: s.Col, EndLineno: e.EndLine, EndColOffset: e.EndCol}
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts.
func (p *parser) block(what string, hdr int) []ast.Stmt {
	if p.kind() != lexer.NEWLINE {
		if p.err != nil {
			return nil
		}
		mark := len(p.stmtStack)
		p.stmtStack = p.simpleStmts(p.stmtStack)
		return p.stmtsFrom(mark)
	}
	p.next()
	if p.kind() != lexer.INDENT {
		if p.err == nil {
			p.errorIndent("expected an indented block after " + what + " on line " + itoa(int(p.toks[hdr].Line)))
		}
		return nil
	}
	p.next()
	p.blocks++
	if !p.checkDepth() {
		return nil
	}
	body := p.statements(true)
	p.blocks--
	if p.kind() == lexer.DEDENT {
		p.next()
	} else {
		p.syntaxError()
	}
	return body
}

func itoa(i int) string {
	var b [20]byte
	n := len(b)
	if i == 0 {
		return "0"
	}
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	return string(b[n:])
}

func (p *parser) isKw(k keyword) bool { return p.kind() == lexer.NAME && p.curKw() == k }

// elseBlock: 'else' ':' block.
func (p *parser) elseBlock() []ast.Stmt {
	hdr := p.p
	p.next()
	if !p.expectForced(lexer.COLON) {
		return nil
	}
	return p.block("'else' statement", hdr)
}

// ifStmt: 'if' named_expression ':' block (elif_stmt | [else_block]).
func (p *parser) ifStmt() ast.Stmt {
	start := p.p
	what := "'if' statement"
	if p.curKw() == kwElif {
		what = "'elif' statement"
	}
	p.next()
	test := p.namedExpression()
	p.checkAssignInTest(test)
	if !p.expectHeaderColon() {
		return &ast.Pass{}
	}
	body := p.block(what, start)
	var orelse []ast.Stmt
	if p.isKw(kwElif) {
		orelse = []ast.Stmt{p.ifStmt()}
	} else if p.isKw(kwElse) {
		orelse = p.elseBlock()
	}
	return &ast.If{Test: test, Body: body, Orelse: orelse, Pos: p.spanBlock(start)}
}

// whileStmt: 'while' named_expression ':' block [else_block].
func (p *parser) whileStmt() ast.Stmt {
	start := p.p
	p.next()
	test := p.namedExpression()
	p.checkAssignInTest(test)
	if !p.expectHeaderColon() {
		return &ast.Pass{}
	}
	body := p.block("'while' statement", start)
	var orelse []ast.Stmt
	if p.isKw(kwElse) {
		orelse = p.elseBlock()
	}
	return &ast.While{Test: test, Body: body, Orelse: orelse, Pos: p.spanBlock(start)}
}

// forStmt: ['async'] 'for' star_targets 'in' star_expressions ':' block [else_block].
func (p *parser) forStmt() ast.Stmt {
	start := p.p
	isAsync := p.curKw() == kwAsync
	if isAsync {
		p.next()
	}
	hdr := p.p
	p.next()
	targetStart := p.p
	target := p.starTargets()
	if !p.isKw(kwIn) {
		p.invalidForTarget(targetStart)
		return &ast.Pass{}
	}
	p.next()
	iter := p.starExpressions()
	if !p.expectHeaderColon() {
		return &ast.Pass{}
	}
	body := p.block("'for' statement", hdr)
	var orelse []ast.Stmt
	if p.isKw(kwElse) {
		orelse = p.elseBlock()
	}
	if isAsync {
		return &ast.AsyncFor{Target: target, Iter: iter, Body: body, Orelse: orelse, Pos: p.spanBlock(start)}
	}
	return &ast.For{Target: target, Iter: iter, Body: body, Orelse: orelse, Pos: p.spanBlock(start)}
}

// withStmt: ['async'] 'with' ( '(' ','.with_item+ ','? ')' | ','.with_item+ ) ':' block.
func (p *parser) withStmt() ast.Stmt {
	start := p.p
	isAsync := p.curKw() == kwAsync
	if isAsync {
		p.next()
	}
	hdr := p.p
	p.next()
	var items []*ast.WithItem
	if p.kind() == lexer.LPAR && p.err == nil {
		saved := p.save()
		p.next()
		for p.err == nil && p.kind() != lexer.RPAR {
			items = append(items, p.withItem(true))
			if p.kind() != lexer.COMMA {
				break
			}
			p.next()
		}
		if p.err != nil || len(items) == 0 || p.kind() != lexer.RPAR || p.peekKind(1) != lexer.COLON {
			p.restore(saved)
			items = nil
		} else {
			p.next()
		}
	}
	if items == nil {
		for p.err == nil {
			items = append(items, p.withItem(false))
			if p.kind() != lexer.COMMA {
				break
			}
			p.next()
		}
	}
	if !p.expectHeaderColon() {
		return &ast.Pass{}
	}
	body := p.block("'with' statement", hdr)
	if isAsync {
		return &ast.AsyncWith{Items: items, Body: body, Pos: p.spanBlock(start)}
	}
	return &ast.With{Items: items, Body: body, Pos: p.spanBlock(start)}
}

// withItem: expression 'as' star_target &(',' | ')' | ':') | expression.
func (p *parser) withItem(inParens bool) *ast.WithItem {
	e := p.expression()
	w := &ast.WithItem{ContextExpr: e}
	if p.isKw(kwAs) {
		p.next()
		w.OptionalVars = p.starTarget()
		k := p.kind()
		if k != lexer.COMMA && k != lexer.COLON && !(inParens && k == lexer.RPAR) {
			p.syntaxError()
		}
	}
	return w
}

// tryStmt: 'try' ':' block (finally_block | except_block+ [else_block] [finally_block] | except_star_block+ ...).
func (p *parser) tryStmt() ast.Stmt {
	start := p.p
	p.next()
	if !p.expectForced(lexer.COLON) {
		return &ast.Pass{}
	}
	body := p.block("'try' statement", start)
	var handlers []*ast.ExceptHandler
	star := false
	for p.isKw(kwExcept) && p.err == nil {
		hStart := p.p
		p.next()
		isStar := false
		if p.kind() == lexer.STAR {
			isStar = true
			p.next()
		}
		if len(handlers) == 0 {
			star = isStar
		} else if isStar != star {
			p.errorAt(hStart, "cannot have both 'except' and 'except*' on the same 'try'")
			return &ast.Pass{}
		}
		h := &ast.ExceptHandler{}
		what := "'except' statement"
		if isStar {
			what = "'except*' statement"
		}
		if p.kind() == lexer.COLON {
			if isStar {
				p.errorAt(p.p, "expected one or more exception types")
				return &ast.Pass{}
			}
		} else {
			h.Type = p.expression()
			if p.kind() == lexer.COMMA {
				p.errorAtPos(exprPos(h.Type), "multiple exception types must be parenthesized")
				return &ast.Pass{}
			}
			if p.isKw(kwAs) {
				p.next()
				if !p.isName() {
					p.syntaxError()
					return &ast.Pass{}
				}
				h.Name = p.ident(p.p)
				p.next()
			}
		}
		if !p.expectHeaderColon() {
			return &ast.Pass{}
		}
		h.Body = p.block(what, hStart)
		h.Pos = p.spanBlock(hStart)
		handlers = append(handlers, h)
	}
	var orelse, finalbody []ast.Stmt
	if len(handlers) > 0 && p.isKw(kwElse) {
		orelse = p.elseBlock()
	}
	if p.isKw(kwFinally) {
		hdr := p.p
		p.next()
		if !p.expectForced(lexer.COLON) {
			return &ast.Pass{}
		}
		finalbody = p.block("'finally' statement", hdr)
	}
	if len(handlers) == 0 && finalbody == nil {
		if p.err == nil {
			p.errorAt(p.p, "expected 'except' or 'finally' block")
		}
		return &ast.Pass{}
	}
	pos := p.spanBlock(start)
	if star {
		return &ast.TryStar{Body: body, Handlers: handlers, Orelse: orelse, Finalbody: finalbody, Pos: pos}
	}
	return &ast.Try{Body: body, Handlers: handlers, Orelse: orelse, Finalbody: finalbody, Pos: pos}
}

// decorated: ('@' named_expression NEWLINE)+ (function_def_raw | class_def_raw).
func (p *parser) decorated() ast.Stmt {
	var decos []ast.Expr
	for p.kind() == lexer.AT && p.err == nil {
		p.next()
		decos = append(decos, p.namedExpression())
		if !p.expect(lexer.NEWLINE) {
			return &ast.Pass{}
		}
	}
	switch {
	case p.isKw(kwDef), p.isKw(kwAsync) && p.peekKw(1) == kwDef:
		return p.funcDef(decos)
	case p.isKw(kwClass):
		return p.classDef(decos)
	}
	p.syntaxError()
	return &ast.Pass{}
}

// funcDef: ['async'] 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' block.
func (p *parser) funcDef(decos []ast.Expr) ast.Stmt {
	start := p.p
	isAsync := p.curKw() == kwAsync
	if isAsync {
		p.next()
	}
	hdr := p.p
	p.next()
	if !p.isName() {
		p.syntaxError()
		return &ast.Pass{}
	}
	name := p.ident(p.p)
	p.next()
	var tps []ast.TypeParam
	if p.kind() == lexer.LSQB {
		tps = p.typeParams()
	}
	if !p.expectForced(lexer.LPAR) {
		return &ast.Pass{}
	}
	args := p.parameters(lexer.RPAR, false)
	if !p.expect(lexer.RPAR) {
		return &ast.Pass{}
	}
	var returns ast.Expr
	if p.kind() == lexer.RARROW {
		// ['->' expression] is optional: if the annotation does not
		// parse, CPython backtracks and reports the forced ':' at '->'.
		saved := p.save()
		p.next()
		returns = p.expression()
		if p.err != nil && p.err.Msg == "invalid syntax" {
			p.restore(saved)
			returns = nil
		}
	}
	if !p.expectForced(lexer.COLON) {
		return &ast.Pass{}
	}
	what := "function definition"
	body := p.block(what, hdr)
	if isAsync {
		return &ast.AsyncFunctionDef{Name: name, Args: args, Body: body, DecoratorList: decos, Returns: returns, TypeParams: tps, Pos: p.spanBlock(start)}
	}
	return &ast.FunctionDef{Name: name, Args: args, Body: body, DecoratorList: decos, Returns: returns, TypeParams: tps, Pos: p.spanBlock(start)}
}

// classDef: 'class' NAME [type_params] ['(' [arguments] ')'] ':' block.
func (p *parser) classDef(decos []ast.Expr) ast.Stmt {
	start := p.p
	p.next()
	if !p.isName() {
		p.syntaxError()
		return &ast.Pass{}
	}
	name := p.ident(p.p)
	p.next()
	var tps []ast.TypeParam
	if p.kind() == lexer.LSQB {
		tps = p.typeParams()
	}
	var bases []ast.Expr
	var kws []*ast.Keyword
	if p.kind() == lexer.LPAR {
		p.next()
		bases, kws, _ = p.arguments(false)
		if !p.expect(lexer.RPAR) {
			return &ast.Pass{}
		}
	}
	if !p.expectHeaderColon() {
		return &ast.Pass{}
	}
	body := p.block("class definition", start)
	return &ast.ClassDef{Name: name, Bases: bases, Keywords: kws, Body: body, DecoratorList: decos, TypeParams: tps, Pos: p.spanBlock(start)}
}

// checkAssignInTest reports CPython's hint for `if x = 1:` and friends
// (invalid_named_expression): a '=' between two operands not followed by
// another '=' or ':='.
func (p *parser) checkAssignInTest(e ast.Expr) {
	if p.err != nil || p.kind() != lexer.EQUAL {
		return
	}
	// Only CPython's second pass looks past the '=': keep the generic
	// error location where its first pass stopped.
	saved, far := p.save(), p.far
	defer func() { p.far = far }()
	if !p.operandAt(1, false) {
		return
	}
	p.next()
	p.bitwiseOr()
	chained := p.err != nil || p.kind() == lexer.EQUAL || p.kind() == lexer.COLONEQUAL
	p.restore(saved)
	if chained {
		return
	}
	prev := &p.toks[p.p-1]
	switch n := e.(type) {
	case *ast.Name:
		if prev.Kind == lexer.NAME && prev.Col == n.ColOffset && prev.Line == n.Lineno {
			p.errorAtPos(n.Pos, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
			return
		}
	case *ast.List, *ast.Tuple, *ast.GeneratorExp:
		return
	case *ast.Constant:
		switch n.Value.(type) {
		case nil, bool:
			return
		}
	}
	p.errorAtPos(exprPos(e), "cannot assign to "+exprName(e)+" here. Maybe you meant '==' instead of '='?")
}

// invalidForTarget reports a for loop whose target (from token start) is
// not followed by 'in' as CPython's invalid_for_target does: the target
// read as star_expressions, and the first part of it that cannot be
// assigned to.
func (p *parser) invalidForTarget(start int) {
	if p.err != nil {
		return
	}
	saved, far := p.save(), p.far
	p.p = start
	e := p.starExpressions()
	failed := p.err != nil
	p.restore(saved)
	p.far = far
	if !failed {
		if bad := invalidTarget(e, true); bad != nil {
			p.errorAtPos(exprPos(bad), "cannot assign to "+exprName(bad))
			return
		}
	}
	p.syntaxError()
}

// invalidTarget is CPython's _PyPegen_get_invalid_target: the first
// subexpression of e that cannot be an assignment (or, with forTargets, a
// for-loop) target, or nil.
func invalidTarget(e ast.Expr, forTargets bool) ast.Expr {
	switch n := e.(type) {
	case *ast.Name, *ast.Attribute, *ast.Subscript:
		return nil
	case *ast.Starred:
		return invalidTarget(n.Value, forTargets)
	case *ast.Tuple:
		for _, x := range n.Elts {
			if bad := invalidTarget(x, forTargets); bad != nil {
				return bad
			}
		}
		return nil
	case *ast.List:
		for _, x := range n.Elts {
			if bad := invalidTarget(x, forTargets); bad != nil {
				return bad
			}
		}
		return nil
	case *ast.Compare:
		// `for x in y` read as an expression is Compare(x, [In], [y]).
		if forTargets && n.Ops[0] == ast.In {
			return invalidTarget(n.Left, forTargets)
		}
	}
	return e
}
