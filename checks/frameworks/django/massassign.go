package django

import (
	"strings"

	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/checks/frameworks/internal/pyx"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
)

// formBases are the classes whose Meta.fields decide the writable fields.
var formBases = map[string]bool{"ModelForm": true, "ModelSerializer": true, "HyperlinkedModelSerializer": true}

// editViews take a class-level fields list for their generated form.
var editViews = map[string]bool{"CreateView": true, "UpdateView": true}

var factories = map[string]bool{"modelform_factory": true, "modelformset_factory": true, "inlineformset_factory": true}

func runMassAssign(ctx *checks.Context, _ any) *checks.Issue {
	s := ctx.StringValue()
	switch p := ctx.Parent(0).(type) {
	case *ast.Keyword:
		// modelform_factory(Model, fields="__all__")
		call, ok := ctx.Parent(1).(*ast.Call)
		if ok && s == "__all__" && p.Arg == "fields" && factories[lastPart(ctx.CallName(call))] {
			return massIssue(ctx.Node, lastPart(ctx.CallName(call))+"(fields='__all__') makes every model field writable.")
		}
		return nil
	case *ast.Assign, *ast.AnnAssign:
		if s != "__all__" {
			return nil
		}
	case *ast.List, *ast.Tuple:
		// exclude = ["x", ...]: report once, on the first element
		if elts, _ := pyx.Elts(p.(ast.Expr)); len(elts) == 0 || elts[0] != ctx.Node {
			return nil
		}
	default:
		return nil
	}
	target, _, depth := pyx.EnclosingAssign(ctx)
	name, ok := target.(*ast.Name)
	if !ok || name.ID != "fields" && name.ID != "exclude" {
		return nil
	}
	if name.ID == "fields" && s != "__all__" {
		return nil
	}
	class, ok := ctx.Parent(depth + 1).(*ast.ClassDef)
	if !ok {
		return nil
	}
	if class.Name != "Meta" {
		if name.ID == "fields" && hasBase(ctx, class, editViews) {
			return massIssue(ctx.Node, class.Name+".fields = '__all__' makes every model field writable through the view's form.")
		}
		return nil
	}
	outer, ok := ctx.Parent(depth + 2).(*ast.ClassDef)
	if !ok || !hasModel(class) || !isFormLike(ctx, outer) {
		return nil
	}
	if name.ID == "exclude" {
		return massIssue(ctx.Node, outer.Name+".Meta uses exclude: every model field not listed, including ones added later, is writable.")
	}
	return massIssue(ctx.Node, outer.Name+".Meta.fields = '__all__' makes every model field writable.")
}

func massIssue(node ast.Node, text string) *checks.Issue {
	return &checks.Issue{Severity: finding.Medium, Confidence: finding.Medium, Line: pyx.Line(node), Text: text}
}

func lastPart(q string) string { return q[strings.LastIndexByte(q, '.')+1:] }

func hasBase(ctx *checks.Context, c *ast.ClassDef, names map[string]bool) bool {
	for _, b := range c.Bases {
		if names[lastPart(ctx.QualNameOf(b))] {
			return true
		}
	}
	return false
}

// isFormLike: a ModelForm/ModelSerializer subclass, or a project base
// class named like one (not a django-filter FilterSet).
func isFormLike(ctx *checks.Context, c *ast.ClassDef) bool {
	if hasBase(ctx, c, formBases) {
		return true
	}
	for _, b := range c.Bases {
		q := ctx.QualNameOf(b)
		if strings.Contains(q, "django_filters") || strings.HasSuffix(q, "FilterSet") || strings.HasSuffix(q, "Filter") {
			return false
		}
	}
	return strings.HasSuffix(c.Name, "Form") || strings.HasSuffix(c.Name, "Serializer")
}

func hasModel(meta *ast.ClassDef) bool {
	for _, a := range pyx.Assignments(meta.Body, pyx.Shallow) {
		if n, ok := a.Target.(*ast.Name); ok && n.ID == "model" {
			return true
		}
	}
	return false
}
