// Package xss holds bandit's template and markup checks: B701–B704.
package xss

import (
	"strings"

	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
)

var ruleB701 = &finding.Rule{
	ID: "B701", Name: "jinja2_autoescape_false", Severity: finding.High, Confidence: finding.High, CWE: 94,
	MoreInfo: checks.PluginURL("B701", "jinja2_autoescape_false"),
	Doc: finding.Doc{
		Summary:     "jinja2 Environments created without autoescaping.",
		Why:         "Without autoescaping, any variable rendered into HTML can carry markup and scripts (cross-site scripting).",
		Bad:         "import jinja2\nenv = jinja2.Environment(loader=jinja2.FileSystemLoader(\"templates\"))\n",
		Good:        "from jinja2 import Environment, FileSystemLoader, select_autoescape\nenv = Environment(loader=FileSystemLoader(\"templates\"), autoescape=select_autoescape())\n",
		Remediation: "Pass autoescape=True or autoescape=select_autoescape(); mark trusted fragments explicitly with Markup after review.",
		References:  []string{finding.CWELink(94), "https://jinja.palletsprojects.com/en/latest/api/#autoescaping"},
	},
}

var ruleB702 = &finding.Rule{
	ID: "B702", Name: "use_of_mako_templates", Severity: finding.Medium, Confidence: finding.High, CWE: 80,
	MoreInfo: checks.PluginURL("B702", "use_of_mako_templates"),
	Doc: finding.Doc{
		Summary:     "Mako templates, which do not escape output by default.",
		Why:         "Mako renders expressions unescaped unless a filter is applied, so user data in templates leads to XSS.",
		Bad:         "from mako.template import Template\nTemplate(\"<p>${name}</p>\").render(name=name)\n",
		Good:        "from jinja2 import Environment, select_autoescape\nenv = Environment(autoescape=select_autoescape())\nhtml = env.from_string(\"<p>{{ name }}</p>\").render(name=name)\n",
		Remediation: "Set default_filters=['h'] (HTML escaping) on Template/TemplateLookup and escape every expression with |h (the rule still reports Mako for review), or use an autoescaping engine such as jinja2 with select_autoescape().",
		References:  []string{finding.CWELink(80), "https://docs.makotemplates.org/en/latest/filtering.html"},
	},
}

var ruleB703 = &finding.Rule{
	ID: "B703", Name: "django_mark_safe", Severity: finding.Medium, Confidence: finding.High, CWE: 80,
	MoreInfo: checks.PluginURL("B703", "django_mark_safe"),
	Doc: finding.Doc{
		Summary:     "django mark_safe/SafeString on values not provably built from literals.",
		Why:         "mark_safe turns off Django's autoescaping for the value; if any part comes from users the page is open to XSS.",
		Bad:         "from django.utils.safestring import mark_safe\ndef greet(name):\n    return mark_safe(\"<b>%s</b>\" % name)\n",
		Good:        "from django.utils.html import format_html\ndef greet(name):\n    return format_html(\"<b>{}</b>\", name)\n",
		Remediation: "Use django.utils.html.format_html / format_html_join, which escape their arguments, or escape() the untrusted parts before mark_safe.",
		References:  []string{finding.CWELink(80), "https://docs.djangoproject.com/en/stable/ref/utils/#django.utils.safestring.mark_safe"},
	},
}

var ruleB704 = &finding.Rule{
	ID: "B704", Name: "markupsafe_markup_xss", Severity: finding.Medium, Confidence: finding.High, CWE: 79,
	MoreInfo: checks.PluginURL("B704", "markupsafe_markup_xss"), ConfigKey: "markupsafe_xss",
	Doc: finding.Doc{
		Summary: "markupsafe.Markup (or flask.Markup) built from a non-literal value.",
		Why:     "Markup marks its argument as safe HTML; a value containing user data is then rendered unescaped (XSS).",
		Bad:     "from markupsafe import Markup\nhtml = Markup(f\"<b>{name}</b>\")\n",
		Good:    "from markupsafe import Markup, escape\nhtml = Markup(\"<b>{}</b>\").format(name)  # format escapes name\n",
		Remediation: "Build markup with Markup(\"literal {}\").format(value) or markupsafe.escape(value); list trusted " +
			"sanitizers (e.g. bleach.clean) under `markupsafe_xss: {allowed_calls: [...]}` and extra Markup-like " +
			"classes under `extend_markup_names`.",
		References: []string{finding.CWELink(79), "https://markupsafe.palletsprojects.com/"},
	},
}

type markupSettings struct {
	extend, allowed map[string]bool
}

func init() {
	call := []checks.Kind{checks.KindCall}
	checks.Register(&checks.Check{Rule: ruleB701, Kinds: call, CallNames: checks.Names("Environment"), Run: runB701})
	checks.Register(&checks.Check{Rule: ruleB702, Kinds: call, CallNames: checks.Names("Template"), Run: func(ctx *checks.Context, _ any) *checks.Issue {
		q := ctx.QualName()
		if !strings.Contains(q, "mako") || ctx.Name() != "Template" || !hasPart(q, "mako") {
			return nil
		}
		return &checks.Issue{Severity: finding.Medium, Confidence: finding.High,
			Text: "Mako templates allow HTML/JS rendering by default and are inherently open to XSS attacks. Ensure variables in all templates are properly sanitized via the 'n', 'h' or 'x' flags (depending on context). For example, to HTML escape the variable 'data' do ${ data |h }."}
	}})
	checks.Register(&checks.Check{Rule: ruleB703, Kinds: call, CallNames: checks.Names("mark_safe", "SafeText", "SafeUnicode", "SafeString", "SafeBytes"), Run: runB703})
	checks.RegisterPluginDefaults("markupsafe_xss", map[string]any{"extend_markup_names": []string{}, "allowed_calls": []string{}})
	checks.Register(&checks.Check{Rule: ruleB704, Kinds: call,
		CallNames: func(s any) []string {
			names := []string{"Markup"}
			for q := range s.(markupSettings).extend {
				names = append(names, q[strings.LastIndexByte(q, '.')+1:])
			}
			return names
		},
		Prepare: func(opts map[string]any) any {
			return markupSettings{extend: checks.OptSet(opts, "extend_markup_names", nil), allowed: checks.OptSet(opts, "allowed_calls", nil)}
		},
		Run: func(ctx *checks.Context, s any) *checks.Issue {
			set := s.(markupSettings)
			q := ctx.QualName()
			if q != "markupsafe.Markup" && q != "flask.Markup" && !set.extend[q] {
				return nil
			}
			c := ctx.Call()
			if len(c.Args) == 0 || checks.IsConst(c.Args[0]) {
				return nil
			}
			if inner, ok := c.Args[0].(*ast.Call); ok && len(set.allowed) > 0 && set.allowed[ctx.CallName(inner)] {
				return nil
			}
			return &checks.Issue{Severity: finding.Medium, Confidence: finding.High,
				Text: "Potential XSS with ``" + q + "`` detected. Do not use ``" + ctx.Name() + "`` on untrusted data."}
		}})
}

func hasPart(q, part string) bool {
	for _, p := range strings.Split(q, ".") {
		if p == part {
			return true
		}
	}
	return false
}

func runB701(ctx *checks.Context, _ any) *checks.Issue {
	q := ctx.QualName()
	if ctx.Name() != "Environment" || !hasPart(q, "jinja2") {
		return nil
	}
	// ast.walk order: breadth first over the whole call
	queue := []ast.Node{ctx.Call()}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		if kw, ok := n.(*ast.Keyword); ok && kw.Arg == "autoescape" {
			switch v := kw.Value.(type) {
			case *ast.Name:
				if v.ID == "False" {
					return falseIssue()
				}
				if v.ID == "True" {
					return nil
				}
			case *ast.Constant:
				if b, ok := v.Value.(bool); ok {
					if !b {
						return falseIssue()
					}
					return nil
				}
			case *ast.Call:
				if f, ok := v.Func.(*ast.Name); ok && f.ID == "select_autoescape" {
					return nil
				}
			}
			return &checks.Issue{Severity: finding.High, Confidence: finding.Medium,
				Text: "Using jinja2 templates with autoescape=False is dangerous and can lead to XSS. Ensure autoescape=True or use the select_autoescape function to mitigate XSS vulnerabilities."}
		}
		queue = append(queue, checks.Children(n)...)
	}
	return &checks.Issue{Severity: finding.High, Confidence: finding.High,
		Text: "By default, jinja2 sets autoescape to False. Consider using autoescape=True or use the select_autoescape function to mitigate XSS vulnerabilities."}
}

func falseIssue() *checks.Issue {
	return &checks.Issue{Severity: finding.High, Confidence: finding.High,
		Text: "Using jinja2 templates with autoescape=False is dangerous and can lead to XSS. Use autoescape=True or use the select_autoescape function to mitigate XSS vulnerabilities."}
}
