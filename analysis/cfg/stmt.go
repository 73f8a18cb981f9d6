package cfg

import "github.com/kraitsec/krait/python/ast"

func (b *builder) stmts(list []ast.Stmt) {
	for _, s := range list {
		if s != nil {
			b.stmt(s)
		}
	}
}

func (b *builder) stmt(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.If:
		b.ifStmt(s)
	case *ast.While:
		b.whileStmt(s)
	case *ast.For:
		b.forStmt(s, s.Target, s.Iter, s.Body, s.Orelse, false)
	case *ast.AsyncFor:
		b.forStmt(s, s.Target, s.Iter, s.Body, s.Orelse, true)
	case *ast.With:
		b.withStmt(s, s.Items, s.Body, false)
	case *ast.AsyncWith:
		b.withStmt(s, s.Items, s.Body, true)
	case *ast.Try:
		b.tryStmt(s, s.Body, s.Handlers, s.Orelse, s.Finalbody, false)
	case *ast.TryStar:
		b.tryStmt(s, s.Body, s.Handlers, s.Orelse, s.Finalbody, true)
	case *ast.Match:
		b.matchStmt(s)
	case *ast.Assert:
		b.assertStmt(s)
	case *ast.Return:
		b.lower(s.Value)
		b.add(s)
		b.jump(contReturn)
	case *ast.Raise:
		b.lower(s.Exc)
		b.lower(s.Cause)
		if b.sealed {
			b.goTo(b.newBlock("body"))
		}
		b.addNode(b.cur, s)
		b.jump(contException)
	case *ast.Break:
		b.add(s)
		b.jump(contBreak)
	case *ast.Continue:
		b.add(s)
		b.jump(contContinue)
	case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef:
		// Decorators, defaults and bases run here but stay inside the
		// definition node; the body is another graph.
		b.add(s)
	case *ast.ExprStmt:
		b.lower(s.Value)
		b.add(s)
		if b.noReturn(s.Value) {
			b.jump(contException)
		}
	default:
		b.lower(s)
		b.add(s)
	}
}

func (b *builder) ifStmt(s *ast.If) {
	then := b.newBlock("body")
	after := b.newBlock("after")
	els := after
	if len(s.Orelse) > 0 {
		els = b.newBlock("body")
	}
	b.cond(s.Test, then, els)
	b.setCur(then)
	b.stmts(s.Body)
	b.goTo(after)
	if len(s.Orelse) > 0 {
		b.setCur(els)
		b.stmts(s.Orelse)
		b.goTo(after)
	}
	b.setCur(after)
}

// loopRest lays out a loop's body (entered at body) and else clause; the
// loop test's failing edges go to els.
func (b *builder) loopRest(head, body, els, after *Block, bodyStmts []ast.Stmt, first ast.Node, orelse []ast.Stmt) {
	b.push(&frame{kind: loopFrame, head: head, after: after})
	b.setCur(body)
	if first != nil {
		b.add(first)
	}
	b.stmts(bodyStmts)
	b.edge(b.cur, head, Normal, nil)
	b.pop()
	if els != after {
		b.setCur(els)
		b.stmts(orelse)
		b.goTo(after)
	}
	b.setCur(after)
}

func (b *builder) whileStmt(s *ast.While) {
	head := b.newBlock("loop-head")
	b.goTo(head)
	body, after := b.newBlock("body"), b.newBlock("after")
	els := after
	if len(s.Orelse) > 0 {
		els = b.newBlock("loop-else")
	}
	b.cond(s.Test, body, els)
	b.loopRest(head, body, els, after, s.Body, nil, s.Orelse)
}

func (b *builder) forStmt(s ast.Stmt, target, iter ast.Expr, body, orelse []ast.Stmt, async bool) {
	if iter != nil {
		b.lower(iter)
		b.add(iter)
	}
	head := b.newBlock("loop-head")
	b.goTo(head)
	bodyBlk, after := b.newBlock("body"), b.newBlock("after")
	els := after
	if len(orelse) > 0 {
		els = b.newBlock("loop-else")
	}
	b.edge(head, bodyBlk, True, nil)
	b.edge(head, els, False, nil)
	b.loopRest(head, bodyBlk, els, after, body, &ForTarget{Node: s, Target: target, Iter: iter, Async: async}, orelse)
}

func (b *builder) assertStmt(s *ast.Assert) {
	ok, fail := b.newBlock("body"), b.newBlock("assert-fail")
	b.cond(s.Test, ok, fail)
	b.setCur(fail)
	if s.Msg != nil {
		b.lower(s.Msg)
		b.add(s.Msg)
	}
	b.jump(contException)
	b.setCur(ok)
}

func (b *builder) withStmt(s ast.Stmt, items []*ast.WithItem, body []ast.Stmt, async bool) {
	for _, it := range items {
		if it == nil {
			continue
		}
		if it.ContextExpr != nil {
			b.lower(it.ContextExpr)
			b.add(it.ContextExpr)
		}
		b.add(&WithEnter{Node: s, Item: it, Async: async})
	}
	f := &frame{kind: withFrame, suppress: b.swallows(items)}
	b.push(f)
	b.stmts(body)
	b.pop()
	after := b.newBlock("after")
	exit := &WithExit{Node: s, Async: async}
	if !b.deadEnd() {
		b.goTo(b.newBlock("with-exit"))
		b.add(exit)
		b.goTo(after)
	}
	for c := cont(0); c < numConts; c++ {
		if f.conts[c] == nil {
			continue
		}
		b.setCur(f.conts[c])
		b.add(exit)
		if c == contException && f.suppress {
			b.edge(b.cur, after, Normal, nil)
		}
		b.jump(c)
	}
	b.setCur(after)
}

// swallows reports whether a context manager of items may swallow
// exceptions.
func (b *builder) swallows(items []*ast.WithItem) bool {
	for _, it := range items {
		if it == nil || it.ContextExpr == nil {
			continue
		}
		if b.opts.likeCPython || DefaultSwallows(it.ContextExpr) || (b.opts.Swallows != nil && b.opts.Swallows(it.ContextExpr)) {
			return true
		}
	}
	return false
}

// DefaultSwallows reports context managers known to swallow exceptions,
// by the spelling of the call: contextlib.suppress, unittest's
// assertRaises and assertRaisesRegex, pytest.raises. Other context
// managers are taken to let exceptions through.
func DefaultSwallows(ctx ast.Expr) bool {
	call, ok := ctx.(*ast.Call)
	if !ok {
		return false
	}
	var name string
	switch f := call.Func.(type) {
	case *ast.Name:
		name = f.ID
	case *ast.Attribute:
		name = f.Attr
	}
	switch name {
	case "suppress", "assertRaises", "assertRaisesRegex", "raises":
		return true
	}
	return false
}

func (b *builder) tryStmt(s ast.Stmt, body []ast.Stmt, handlers []*ast.ExceptHandler, orelse, final []ast.Stmt, star bool) {
	var ff *frame
	if len(final) > 0 {
		ff = &frame{kind: finallyFrame}
		b.push(ff)
	}
	var ef *frame
	if len(handlers) > 0 {
		ef = &frame{kind: exceptFrame, dispatch: b.newBlock("except-test")}
		b.push(ef)
	}
	b.goTo(b.newBlock("body"))
	// An exception may come before the first statement completes, even
	// from one that cannot raise by itself (KeyboardInterrupt), as CPython
	// assumes too.
	b.edge(b.cur, b.target(contException, len(b.frames)), Exception, nil)
	b.stmts(body)
	if ef != nil {
		b.pop()
	}
	b.stmts(orelse)
	var ends []*Block
	if !b.deadEnd() {
		ends = append(ends, b.cur)
	}
	if ef != nil {
		ends = b.handlers(s, ef.dispatch, handlers, star, ends)
	}
	join := b.newBlock("after")
	if ff == nil {
		for _, e := range ends {
			b.edge(e, join, Normal, nil)
		}
		b.setCur(join)
		return
	}
	b.pop()
	used := false
	for _, blk := range ff.conts {
		used = used || blk != nil
	}
	// The normal copy is laid out when something falls into it, or when
	// nothing else would show the finally body's nodes.
	var normal *Block
	if len(ends) > 0 || !used {
		normal = b.newBlock("finally")
		for _, e := range ends {
			b.edge(e, normal, Normal, nil)
		}
	}
	b.nFinal++
	defer func() { b.nFinal-- }()
	if b.nFinal > maxFinallyCopies {
		// One shared copy, leaving to every continuation.
		if normal == nil {
			normal = b.newBlock("finally")
		}
		for c := cont(0); c < numConts; c++ {
			if ff.conts[c] != nil {
				b.edge(ff.conts[c], normal, Normal, nil)
			}
		}
		b.setCur(normal)
		b.stmts(final)
		last := b.cur
		if len(ends) > 0 {
			b.edge(last, join, Normal, nil)
		}
		for c := cont(0); c < numConts; c++ {
			if ff.conts[c] != nil {
				b.edge(last, b.target(c, len(b.frames)), contEdge[c], nil)
			}
		}
		b.setCur(join)
		return
	}
	if normal != nil {
		b.setCur(normal)
		b.stmts(final)
		b.goTo(join)
	}
	for c := cont(0); c < numConts; c++ {
		if ff.conts[c] == nil {
			continue
		}
		b.setCur(ff.conts[c])
		b.stmts(final)
		b.jump(c)
	}
	b.setCur(join)
}

// handlers lays out the except clauses, starting at the dispatch block,
// and returns ends with the blocks that leave them normally added.
func (b *builder) handlers(s ast.Stmt, dispatch *Block, handlers []*ast.ExceptHandler, star bool, ends []*Block) []*Block {
	b.setCur(dispatch)
	var chainEnd *Block // except*: where the handler chain finishes
	if star {
		chainEnd = b.newBlock("except-end")
	}
	for _, h := range handlers {
		if h == nil {
			continue
		}
		next := b.newBlock("except-test")
		bodyBlk := b.newBlock("except")
		if h.Type != nil {
			b.lower(h.Type)
			b.add(h.Type)
			b.edge(b.cur, bodyBlk, True, nil)
			b.edge(b.cur, next, False, nil)
		} else {
			b.edge(b.cur, bodyBlk, Normal, nil)
		}
		b.setCur(bodyBlk)
		b.add(&HandlerBind{Node: s, Handler: h})
		b.stmts(h.Body)
		if star {
			// The other except* clauses may handle the rest of the group.
			b.edge(b.cur, next, Normal, nil)
		} else if !b.deadEnd() {
			ends = append(ends, b.cur)
		}
		b.setCur(next)
	}
	if star {
		b.goTo(chainEnd)
		ends = append(ends, chainEnd)
	}
	// Unmatched (or, for except*, unhandled parts): re-raised outward.
	b.jump(contException)
	return ends
}

func (b *builder) matchStmt(s *ast.Match) {
	if s.Subject != nil {
		b.lower(s.Subject)
		b.add(s.Subject)
	}
	after := b.newBlock("after")
	for _, c := range s.Cases {
		if c == nil {
			continue
		}
		b.goTo(b.newBlock("case"))
		b.add(&CaseTest{Node: s, Subject: s.Subject, Case: c})
		body, next := b.newBlock("case-body"), b.newBlock("case")
		switch {
		case c.Guard == nil && irrefutable(c.Pattern):
			b.edge(b.cur, body, Normal, nil)
		case c.Guard == nil:
			b.edge(b.cur, body, True, nil)
			b.edge(b.cur, next, False, nil)
		default:
			guard := b.newBlock("guard")
			b.edge(b.cur, guard, True, nil)
			if !irrefutable(c.Pattern) {
				b.edge(b.cur, next, False, nil)
			}
			b.setCur(guard)
			b.cond(c.Guard, body, next)
		}
		b.setCur(body)
		b.stmts(c.Body)
		b.goTo(after)
		b.setCur(next)
	}
	b.goTo(after)
}

// irrefutable reports whether p matches every subject.
func irrefutable(p ast.Pattern) bool {
	switch p := p.(type) {
	case *ast.MatchAs:
		return p.Pattern == nil || irrefutable(p.Pattern)
	case *ast.MatchOr:
		for _, q := range p.Patterns {
			if irrefutable(q) {
				return true
			}
		}
	}
	return false
}

func (b *builder) lambda(l *ast.Lambda) {
	if l.Body != nil {
		b.lower(l.Body)
		b.add(&ast.Return{Value: l.Body, Pos: posOf(l.Body)})
	}
	b.edge(b.cur, b.g.Exit, Return, nil)
}

// comprehension lays out nested loops over gens around the element.
func (b *builder) comprehension(comp ast.Node, gens []*ast.Comprehension, key, value ast.Expr) {
	exit := b.g.Exit
	for _, gen := range gens {
		if gen == nil {
			continue
		}
		if gen.Iter != nil {
			b.lower(gen.Iter)
			b.add(gen.Iter)
		}
		head := b.newBlock("loop-head")
		b.goTo(head)
		body := b.newBlock("body")
		b.edge(head, body, True, nil)
		b.edge(head, exit, False, nil)
		b.setCur(body)
		b.add(&ForTarget{Node: gen, Target: gen.Target, Iter: gen.Iter, Async: gen.IsAsync != 0})
		for _, cond := range gen.Ifs {
			next := b.newBlock("body")
			b.cond(cond, next, head)
			b.setCur(next)
		}
		exit = head
	}
	if key != nil {
		b.lower(key)
	}
	b.lower(value)
	b.add(&CompElement{Node: comp, Key: key, Value: value})
	b.edge(b.cur, exit, Normal, nil)
}
