package main

import (
	"bytes"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/kraitsec/krait/finding"
)

// runRules prints every registered rule as a table: bandit's B rules,
// then krait's K checks and T taint rules, each in numeric order.
func runRules(args []string, e *env) int {
	if len(args) > 0 {
		return fail(e, "rules takes no arguments")
	}
	var buf bytes.Buffer
	tw := tabwriter.NewWriter(&buf, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tNAME\tSEVERITY\tCONFIDENCE\tCWE\tNOTE")
	rules := slices.Clone(finding.Rules())
	slices.SortStableFunc(rules, func(a, b *finding.Rule) int { return compareRuleIDs(a.ID, b.ID) })
	for _, r := range rules {
		cwe := "-"
		if r.CWE != 0 {
			cwe = fmt.Sprintf("CWE-%d", r.CWE)
		}
		var notes []string
		if r.Retired {
			notes = append(notes, "retired (accepted in -t/-s/# nosec, never reported)")
		}
		if r.OffByDefault {
			notes = append(notes, "off by default (select with -t)")
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", r.ID, r.Name, r.Severity, r.Confidence, cwe, strings.Join(notes, "; "))
	}
	if err := tw.Flush(); err != nil {
		return fail(e, "%v", err)
	}
	// tabwriter pads the empty NOTE cells; no line ends in blanks.
	var out strings.Builder
	for _, line := range strings.SplitAfter(buf.String(), "\n") {
		if line != "" {
			out.WriteString(strings.TrimRight(line, " \n") + "\n")
		}
	}
	return writeOut(e, out.String())
}

// writeOut prints a command's text; a failed write (a full disk) is an
// error, not a silent success.
func writeOut(e *env, text string) int {
	if _, err := io.WriteString(e.stdout, text); err != nil {
		return fail(e, "writing the output: %v", err)
	}
	return exitClean
}

// compareRuleIDs orders B before K before T, then by number, so T94 comes
// before T918.
func compareRuleIDs(a, b string) int {
	rank := func(id string) (int, int) {
		prefix := strings.IndexByte("BKT", id[0])
		if prefix < 0 {
			prefix = 3
		}
		n, err := strconv.Atoi(id[1:])
		if err != nil {
			n = 1 << 30
		}
		return prefix, n
	}
	pa, na := rank(a)
	pb, nb := rank(b)
	if c := cmp.Compare(pa, pb); c != 0 {
		return c
	}
	if c := cmp.Compare(na, nb); c != 0 {
		return c
	}
	return strings.Compare(a, b)
}

// runExplain prints one rule's documentation; the rule may be named by
// id or by name, as in # nosec.
func runExplain(args []string, e *env) int {
	if len(args) != 1 {
		return fail(e, "usage: krait explain RULE-ID")
	}
	r := finding.LookupRule(args[0])
	if r == nil {
		if ids, ok := finding.ResolveWord(args[0]); ok && len(ids) == 1 {
			r = finding.LookupRule(ids[0])
		}
	}
	if r == nil {
		return fail(e, "unknown rule %q (run \"krait rules\" for the list)", args[0])
	}
	return writeOut(e, explainText(r))
}

func explainText(r *finding.Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s\n", r.ID, r.Name)
	cwe := "none"
	if r.CWE != 0 {
		cwe = fmt.Sprintf("CWE-%d (%s)", r.CWE, finding.CWELink(r.CWE))
	}
	fmt.Fprintf(&b, "Severity: %s   Confidence: %s   CWE: %s\n", r.Severity, r.Confidence, cwe)
	if r.MoreInfo != "" {
		fmt.Fprintf(&b, "More info: %s\n", r.MoreInfo)
	}
	if r.Retired {
		b.WriteString("Retired: bandit removed this check; the id is accepted in -t/-s and # nosec but never reported.\n")
	}
	if len(r.Aliases) > 0 {
		fmt.Fprintf(&b, "Also named in # nosec as: %s\n", strings.Join(r.Aliases, ", "))
	}
	section := func(title, text string, code bool) {
		text = strings.TrimSpace(text)
		if text == "" {
			return
		}
		fmt.Fprintf(&b, "\n%s\n", title)
		indent := "  "
		if code {
			indent = "    "
		}
		for _, line := range strings.Split(text, "\n") {
			if line == "" {
				b.WriteString("\n")
				continue
			}
			if code {
				b.WriteString(indent + line + "\n")
				continue
			}
			for _, wrapped := range wrap(line, 80-len(indent)) {
				b.WriteString(indent + wrapped + "\n")
			}
		}
	}
	d := r.Doc
	section("What it finds", d.Summary, false)
	section("Why it is dangerous", d.Why, false)
	section("Vulnerable example", d.Bad, true)
	section("Fixed example", d.Good, true)
	section("Remediation", d.Remediation, false)
	if len(d.References) > 0 {
		b.WriteString("\nReferences\n")
		for _, ref := range d.References {
			fmt.Fprintf(&b, "  - %s\n", ref)
		}
	}
	return b.String()
}

// wrap breaks prose into lines of at most width bytes at spaces.
func wrap(s string, width int) []string {
	var out []string
	line := ""
	for _, word := range strings.Fields(s) {
		if line != "" && len(line)+1+len(word) > width {
			out = append(out, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += word
	}
	if line != "" {
		out = append(out, line)
	}
	return out
}
