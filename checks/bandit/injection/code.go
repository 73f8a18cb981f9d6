package injection

import (
	"regexp"
	"strings"

	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
)

var ruleB102 = &finding.Rule{
	ID: "B102", Name: "exec_used", Severity: finding.Medium, Confidence: finding.High, CWE: 78,
	MoreInfo: checks.PluginURL("B102", "exec_used"),
	Doc: finding.Doc{
		Summary: "Use of the exec builtin.",
		Why: "exec runs arbitrary Python code; if any part of the code string comes from outside the program, " +
			"an attacker can run anything the process can.",
		Bad:  "exec(\"result = \" + user_expression)\n",
		Good: "import ast\nresult = ast.literal_eval(user_expression)\n",
		Remediation: "Avoid exec: use ast.literal_eval for literals, a dispatch table of allowed functions, " +
			"or a real parser for a small expression language.",
		References: []string{finding.CWELink(78), "https://docs.python.org/3/library/functions.html#exec"},
	},
}

var ruleB601 = &finding.Rule{
	ID: "B601", Name: "paramiko_calls", Severity: finding.Medium, Confidence: finding.Medium, CWE: 78,
	MoreInfo: checks.PluginURL("B601", "paramiko_calls"),
	Doc: finding.Doc{
		Summary: "paramiko exec_command calls, which run a command through the remote shell.",
		Why: "The command string is interpreted by the remote user's shell; interpolated data can inject " +
			"further commands on the remote host.",
		Bad:  "import paramiko\nclient.exec_command(\"ls \" + directory)\n",
		Good: "import paramiko\nsftp = client.open_sftp()\nnames = sftp.listdir(directory)\n",
		Remediation: "Quote every interpolated value with shlex.quote, validate inputs against an allow-list, or " +
			"use SFTP operations instead of shell commands.",
		References: []string{finding.CWELink(78), "https://docs.paramiko.org/en/stable/api/client.html"},
	},
}

func sqlDoc(summary, bad, good string) finding.Doc {
	return finding.Doc{
		Summary: summary,
		Why: "SQL text assembled from data lets whoever controls the data change the query: read other rows, " +
			"bypass authentication, modify or drop tables.",
		Bad:  bad,
		Good: good,
		Remediation: "Use parameterised queries (placeholders plus a parameters argument, e.g. " +
			"cursor.execute(\"... WHERE id = %s\", (id,))) or a query builder/ORM that binds values.",
		References: []string{finding.CWELink(89), "https://owasp.org/www-community/attacks/SQL_Injection"},
	}
}

var ruleB608 = &finding.Rule{
	ID: "B608", Name: "hardcoded_sql_expressions", Severity: finding.Medium, Confidence: finding.Low, CWE: 89,
	MoreInfo: checks.PluginURL("B608", "hardcoded_sql_expressions"),
	Doc: sqlDoc("SQL statements built with string concatenation, % formatting, .format() or f-strings.",
		"cursor.execute(\"SELECT * FROM users WHERE name = '%s'\" % name)\n",
		"cursor.execute(\"SELECT * FROM users WHERE name = %s\", (name,))\n"),
}

var ruleB610 = &finding.Rule{
	ID: "B610", Name: "django_extra_used", Severity: finding.Medium, Confidence: finding.Medium, CWE: 89,
	MoreInfo: checks.PluginURL("B610", "django_extra_used"),
	Doc: sqlDoc("Django QuerySet.extra() with non-literal SQL fragments.",
		"User.objects.extra(where=[\"name = '%s'\" % name])\n",
		"User.objects.filter(name=name)\n"),
}

var ruleB611 = &finding.Rule{
	ID: "B611", Name: "django_rawsql_used", Severity: finding.Medium, Confidence: finding.Medium, CWE: 89,
	MoreInfo: checks.PluginURL("B611", "django_rawsql_used"),
	Doc: sqlDoc("Django RawSQL() with a non-literal SQL string.",
		"from django.db.models.expressions import RawSQL\nqs.annotate(v=RawSQL(\"select col from t where id = %s\" % i, ()))\n",
		"from django.db.models.expressions import RawSQL\nqs.annotate(v=RawSQL(\"select col from t where id = %s\", (i,)))\n"),
}

// sqlRE is bandit's SIMPLE_SQL_RE.
var sqlRE = regexp.MustCompile(`(?is)(select\s.*from\s|delete\s+from\s|insert\s+into\s.*values[\s(]|update\s.*set\s)`)

func looksLikeSQL(s string) bool {
	if len(s) < 10 {
		return false
	}
	l := strings.ToLower(s)
	if !strings.Contains(l, "select") && !strings.Contains(l, "delete") && !strings.Contains(l, "insert") && !strings.Contains(l, "update") {
		return false
	}
	return sqlRE.MatchString(s)
}

func init() {
	call := []checks.Kind{checks.KindCall}
	checks.Register(&checks.Check{Rule: ruleB102, Kinds: call, CallNames: checks.Names("exec"), Run: func(ctx *checks.Context, _ any) *checks.Issue {
		if ctx.QualName() == "exec" {
			return &checks.Issue{Severity: finding.Medium, Confidence: finding.High, Text: "Use of exec detected."}
		}
		return nil
	}})
	checks.Register(&checks.Check{Rule: ruleB601, Kinds: call, CallNames: checks.Names("exec_command"), Run: func(ctx *checks.Context, _ any) *checks.Issue {
		if ctx.Name() == "exec_command" && ctx.ImportedLike("paramiko") {
			return &checks.Issue{Severity: finding.Medium, Confidence: finding.Medium,
				Text: "Possible shell injection via Paramiko call, check inputs are properly sanitized."}
		}
		return nil
	}})
	checks.Register(&checks.Check{Rule: ruleB608, Kinds: []checks.Kind{checks.KindStr}, Run: runB608})
	checks.Register(&checks.Check{Rule: ruleB610, Kinds: call, CallNames: checks.Names("extra"), Run: runB610})
	checks.Register(&checks.Check{Rule: ruleB611, Kinds: call, CallNames: checks.Names("RawSQL"), Run: func(ctx *checks.Context, _ any) *checks.Issue {
		if ctx.Name() != "RawSQL" || !ctx.ImportedLike("django.db.models") {
			return nil
		}
		c := ctx.Call()
		var sql ast.Expr
		if len(c.Args) > 0 {
			sql = c.Args[0]
		} else if sql = ctx.KeywordExpr("sql"); sql == nil {
			return nil // bandit's kwargs["sql"] raises KeyError: no issue
		}
		if _, ok := checks.StrConst(sql); ok {
			return nil
		}
		return &checks.Issue{Severity: finding.Medium, Confidence: finding.Medium, Text: "Use of RawSQL potential SQL attack vector."}
	}})
}

// runB608 builds bandit's "statement" for the string from its parent
// (BinOp chain, .format/.replace receiver, f-string) and matches it.
func runB608(ctx *checks.Context, _ any) *checks.Issue {
	node := ctx.Node.(*ast.Constant)
	var wrapper ast.Node
	statement := ""
	strReplace := false
	switch p := ctx.Parent(0).(type) {
	case *ast.BinOp:
		// climb to the root of the BinOp chain
		depth := 0
		for {
			if _, ok := ctx.Parent(depth + 1).(*ast.BinOp); !ok {
				break
			}
			depth++
		}
		root := ctx.Parent(depth).(*ast.BinOp)
		wrapper = ctx.Parent(depth + 1)
		statement = concatString(node, root, p)
	case *ast.Attribute:
		if p.Attr == "format" || p.Attr == "replace" {
			statement = node.Value.(string)
			wrapper = ctx.Parent(2)
			strReplace = p.Attr == "replace"
		}
	case *ast.JoinedStr:
		for _, v := range p.Values {
			if k, ok := v.(*ast.Constant); ok {
				if _, isStr := k.Value.(string); isStr {
					if k == node {
						var b strings.Builder
						for _, v := range p.Values {
							if s, ok := checks.StrConst(v); ok {
								b.WriteString(s)
							}
						}
						statement = b.String()
						wrapper = ctx.Parent(1)
					}
					break
				}
			}
		}
	}
	if statement == "" || !looksLikeSQL(statement) {
		return nil
	}
	conf := finding.Low
	if c, ok := wrapper.(*ast.Call); ok && !strReplace {
		if n := calledName(c); n == "execute" || n == "executemany" {
			conf = finding.Medium
		}
	}
	return &checks.Issue{Severity: finding.Medium, Confidence: conf,
		Text: "Possible SQL injection vector through string-based query construction."}
}

// concatString is bandit's utils.concat_string(node, stop=parent): the
// node's string, then the str leaves of the whole chain in order, skipping
// the subtree of the node's own parent; joined with spaces.
func concatString(node *ast.Constant, root, stop *ast.BinOp) string {
	bits := []string{node.Value.(string)}
	var get func(b *ast.BinOp)
	get = func(b *ast.BinOp) {
		if b == stop {
			return
		}
		for _, side := range []ast.Expr{b.Left, b.Right} {
			if inner, ok := side.(*ast.BinOp); ok {
				get(inner)
			} else if s, ok := checks.StrConst(side); ok {
				bits = append(bits, s)
			}
		}
	}
	get(root)
	return strings.Join(bits, " ")
}

// calledName is bandit's utils.get_called_name.
func calledName(c *ast.Call) string {
	switch f := c.Func.(type) {
	case *ast.Attribute:
		return f.Attr
	case *ast.Name:
		return f.ID
	}
	return ""
}

func runB610(ctx *checks.Context, _ any) *checks.Issue {
	if ctx.Name() != "extra" {
		return nil
	}
	c := ctx.Call()
	kw := map[string]ast.Expr{}
	for _, k := range c.Keywords {
		if k != nil && k.Arg != "" {
			kw[k.Arg] = k.Value
		}
	}
	for i, name := range []string{"select", "where", "params", "tables", "order_by", "select_params"} {
		if i < len(c.Args) {
			kw[name] = c.Args[i]
		}
	}
	insecure := false
	for _, key := range []string{"where", "tables"} {
		v, ok := kw[key]
		if !ok {
			continue
		}
		lst, isList := v.(*ast.List)
		if !isList {
			insecure = true
			break
		}
		for _, e := range lst.Elts {
			if _, ok := checks.StrConst(e); !ok {
				insecure = true
				break
			}
		}
	}
	if sel, ok := kw["select"]; ok && !insecure {
		d, isDict := sel.(*ast.Dict)
		if !isDict {
			insecure = true
		} else {
			for _, k := range d.Keys {
				if _, ok := checks.StrConst(k); !ok {
					insecure = true
					break
				}
			}
			if !insecure {
				for _, v := range d.Values {
					if _, ok := checks.StrConst(v); !ok {
						insecure = true
						break
					}
				}
			}
		}
	}
	if !insecure {
		return nil
	}
	return &checks.Issue{Severity: finding.Medium, Confidence: finding.Medium, Text: "Use of extra potential SQL attack vector."}
}
