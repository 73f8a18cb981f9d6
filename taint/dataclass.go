package taint

import (
	"slices"
	"strings"

	"github.com/kraitsec/krait/analysis/resolve"
	"github.com/kraitsec/krait/python/ast"
)

// recordFields lists the fields a generated __init__ takes, in order, for
// a @dataclass class or a typing.NamedTuple subclass: the annotated names
// of the class bodies, bases first. ok is false for other classes.
func (c *fnCtx) recordFields(cls *resolve.Class) (fields []string, ok bool) {
	mro := c.a.mro(cls.QName)
	for _, q := range mro {
		pc := c.a.prog.Classes[q]
		if pc == nil {
			if q == "typing.NamedTuple" {
				ok = true
			}
			continue
		}
		if isDataclass(pc.Def()) {
			ok = true
		}
	}
	if !ok {
		return nil, false
	}
	for i := len(mro) - 1; i >= 0; i-- {
		pc := c.a.prog.Classes[mro[i]]
		if pc == nil || pc.Def() == nil {
			continue
		}
		for _, s := range pc.Def().Body {
			as, isAnn := s.(*ast.AnnAssign)
			if !isAnn {
				continue
			}
			name, isName := as.Target.(*ast.Name)
			if !isName || strings.Contains(exprText(as.Annotation), "ClassVar") || strings.Contains(exprText(as.Annotation), "InitVar") {
				continue
			}
			if !slices.Contains(fields, name.ID) {
				fields = append(fields, name.ID)
			}
		}
	}
	return fields, true
}

func isDataclass(cd *ast.ClassDef) bool {
	if cd == nil {
		return false
	}
	for _, d := range cd.DecoratorList {
		if call, ok := d.(*ast.Call); ok {
			d = call.Func
		}
		if t := exprText(d); t == "dataclass" || strings.HasSuffix(t, ".dataclass") {
			return true
		}
	}
	return false
}

// exprText spells a dotted name or subscript head ("typing.ClassVar").
func exprText(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Name:
		return e.ID
	case *ast.Attribute:
		return exprText(e.Value) + "." + e.Attr
	case *ast.Subscript:
		return exprText(e.Value)
	}
	return ""
}

// constructRecord binds a generated __init__'s arguments to the fields;
// nil when the call does not fit them (then the caller falls back).
func (c *fnCtx) constructRecord(cls *resolve.Class, args *callArgs) *Value {
	if c.a.prog.FindMethod(cls.QName, "__post_init__") != nil {
		return nil // it may change the fields
	}
	fields, ok := c.recordFields(cls)
	if !ok || len(fields) == 0 || len(args.pos) > len(fields) || slices.Contains(args.star, true) || args.kwStar != nil {
		return nil
	}
	inst := &Value{Type: cls.QName, Attrs: map[string]*Value{}}
	for i, v := range args.pos {
		inst.Attrs[fields[i]] = v
	}
	for _, k := range sortedKeys(args.kw) {
		if !slices.Contains(fields, k) {
			return nil
		}
		inst.Attrs[k] = args.kw[k]
	}
	for _, f := range fields {
		if _, ok := inst.Attrs[f]; !ok {
			if d := c.classAttr(cls.QName, f); d != nil {
				inst.Attrs[f] = d
			}
		}
	}
	return inst
}
