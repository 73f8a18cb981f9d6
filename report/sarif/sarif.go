// Package sarif writes SARIF 2.1.0 for code-scanning services (GitHub
// code scanning and others): full rule metadata from the rule registry,
// results with regions and snippets, line-shift-tolerant fingerprints,
// code flows for taint traces, and unscannable files as notifications.
package sarif

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/report"
	"github.com/kraitsec/krait/report/internal/banditdoc"
)

func init() { report.Register(Formatter{}) }

// Formatter writes the sarif format.
type Formatter struct{}

func (Formatter) Name() string          { return "sarif" }
func (Formatter) AcceptsBaseline() bool { return false }

const (
	schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
	srcRoot   = "%SRCROOT%"
	// FingerprintKey names krait's partial fingerprint (GitHub's name for
	// a hash of the primary location's line).
	FingerprintKey = "primaryLocationLineHash"
)

// Level maps a severity to a SARIF level like bandit: HIGH error,
// MEDIUM warning, LOW note, anything else warning.
func Level(sev finding.Level) string {
	switch sev {
	case finding.High:
		return "error"
	case finding.Low:
		return "note"
	}
	return "warning"
}

// SecuritySeverity is the "security-severity" score GitHub code scanning
// reads (it ranks >= 9.0 critical, 7.0-8.9 high, 4.0-6.9 medium, below
// low): HIGH 8.0, MEDIUM 5.5, LOW 3.0, and none for UNDEFINED.
func SecuritySeverity(sev finding.Level) string {
	switch sev {
	case finding.High:
		return "8.0"
	case finding.Medium:
		return "5.5"
	case finding.Low:
		return "3.0"
	}
	return ""
}

type builder struct {
	run  *report.Run
	opts report.Options
}

// Write emits the log as indented JSON without HTML escaping. The run's
// results are encoded one at a time, so the log is never held in memory
// whole; the bytes are those of encoding the log at once.
func (Formatter) Write(w io.Writer, r *report.Run, opts report.Options) error {
	b := &builder{run: r, opts: opts}
	rules, index := b.rules()
	out := &pieceWriter{w: bufio.NewWriterSize(w, 64<<10)}
	out.raw("{\n  \"$schema\": ")
	out.value(schemaURI, 1)
	out.raw(",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {")
	const runDepth = 3 // the run's members: {"runs": [{ member
	out.member("tool", tool{Driver: driver{
		Name:            "krait",
		Organization:    "kraitsec",
		Version:         r.Version,
		SemanticVersion: r.Version,
		InformationURI:  "https://github.com/kraitsec/krait",
		Rules:           rules,
	}}, runDepth, true)
	out.member("invocations", []invocation{b.invocation()}, runDepth, false)
	if ids := b.baseIDs(); len(ids) > 0 {
		out.member("originalUriBaseIds", ids, runDepth, false)
	}
	out.member("columnKind", "utf16CodeUnits", runDepth, false)
	out.raw(",\n" + spaces(runDepth) + "\"results\": [")
	seen := map[string]int{}
	for i := range r.Findings {
		if i > 0 {
			out.raw(",")
		}
		out.raw("\n" + spaces(runDepth+1))
		out.value(b.result(&r.Findings[i], index, seen), runDepth+1)
	}
	if len(r.Findings) > 0 {
		out.raw("\n" + spaces(runDepth))
	}
	out.raw("]")
	out.member("properties", map[string]any{"metrics": banditdoc.Metrics(r)}, runDepth, false)
	out.raw("\n    }\n  ]\n}\n")
	if out.err != nil {
		return out.err
	}
	return out.w.Flush()
}

// pieceWriter writes a JSON document piece by piece, each value indented
// for the depth it sits at, as encoding/json would indent the whole.
type pieceWriter struct {
	w   *bufio.Writer
	buf bytes.Buffer
	err error
}

func spaces(depth int) string { return strings.Repeat("  ", depth) }

func (p *pieceWriter) raw(s string) {
	if p.err == nil {
		_, p.err = p.w.WriteString(s)
	}
}

// value encodes v nested depth levels deep.
func (p *pieceWriter) value(v any, depth int) {
	if p.err != nil {
		return
	}
	p.buf.Reset()
	enc := json.NewEncoder(&p.buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(spaces(depth), "  ")
	if p.err = enc.Encode(v); p.err != nil {
		return
	}
	_, p.err = p.w.Write(bytes.TrimSuffix(p.buf.Bytes(), []byte("\n")))
}

// member writes `"name": value` as an object member at depth.
func (p *pieceWriter) member(name string, v any, depth int, first bool) {
	if !first {
		p.raw(",")
	}
	p.raw("\n" + spaces(depth))
	p.value(name, depth)
	p.raw(": ")
	p.value(v, depth)
}

func (b *builder) invocation() invocation {
	inv := invocation{ExecutionSuccessful: true}
	if !b.run.GeneratedAt.IsZero() {
		inv.EndTimeUTC = b.run.GeneratedAt.UTC().Format(banditdoc.TimeFormat)
	}
	for _, e := range b.run.Errors {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, notification{
			Level:     "error",
			Message:   message{Text: e.Reason},
			Locations: []location{{PhysicalLocation: physicalLocation{ArtifactLocation: b.artifact(e.Filename)}}},
		})
	}
	return inv
}

func (b *builder) baseIDs() map[string]artifactLocation {
	if b.run.Root == "" || !filepath.IsAbs(b.run.Root) {
		return nil
	}
	uri := fileURI(b.run.Root)
	if !strings.HasSuffix(uri, "/") {
		uri += "/"
	}
	return map[string]artifactLocation{srcRoot: {URI: uri}}
}

// artifact locates a file: relative to %SRCROOT% when it lies under the
// root (relative filenames are taken as relative to it), else an
// absolute file: URI.
func (b *builder) artifact(filename string) artifactLocation {
	rel := ""
	switch {
	case !filepath.IsAbs(filename):
		rel = filepath.ToSlash(filepath.Clean(filename))
	case b.run.Root != "":
		if r, err := filepath.Rel(b.run.Root, filename); err == nil {
			rel = filepath.ToSlash(r)
		}
	}
	if rel != "" && rel != ".." && !strings.HasPrefix(rel, "../") {
		return artifactLocation{URI: (&url.URL{Path: rel}).EscapedPath(), URIBaseID: srcRoot}
	}
	abs := filename
	if !filepath.IsAbs(abs) && b.run.Root != "" {
		abs = filepath.Join(b.run.Root, filename)
	}
	return artifactLocation{URI: fileURI(abs)}
}

func fileURI(p string) string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(p)}).String()
}

// rules describes every rule that has a finding, sorted by id.
func (b *builder) rules() ([]ruleDescr, map[string]int) {
	byID := map[string][]*finding.Finding{}
	for i := range b.run.Findings {
		f := &b.run.Findings[i]
		byID[f.RuleID] = append(byID[f.RuleID], f)
	}
	ids := make([]string, 0, len(byID))
	for id := range byID {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	index := map[string]int{}
	out := make([]ruleDescr, 0, len(ids))
	for i, id := range ids {
		index[id] = i
		out = append(out, describe(byID[id][0], finding.LookupRule(id), byID[id]))
	}
	return out, index
}

func describe(first *finding.Finding, rule *finding.Rule, all []*finding.Finding) ruleDescr {
	sev, conf, cwe := first.Severity, first.Confidence, first.CWE
	for _, f := range all {
		sev, conf = max(sev, f.Severity), max(conf, f.Confidence)
	}
	var doc finding.Doc
	if rule != nil {
		doc = rule.Doc
		if rule.Severity != finding.Undefined {
			sev = rule.Severity
		}
		if rule.Confidence != finding.Undefined {
			conf = rule.Confidence
		}
		if rule.CWE != 0 {
			cwe = rule.CWE
		}
	}
	name := report.TestName(first)
	short := doc.Summary
	if short == "" {
		short = name
	}
	full := strings.TrimSpace(doc.Summary + " " + doc.Why)
	if full == "" {
		full = first.Message
	}
	moreInfo := report.MoreInfo(first)
	text, markdown := helpText(doc, cwe, moreInfo, first.Message)
	props := map[string]any{}
	tags := []string{"security"}
	if cwe != 0 {
		tags = append(tags, fmt.Sprintf("external/cwe/cwe-%d", cwe))
	}
	props["tags"] = tags
	if conf != finding.Undefined {
		props["precision"] = strings.ToLower(conf.String())
	}
	if s := SecuritySeverity(sev); s != "" {
		props["security-severity"] = s
	}
	return ruleDescr{
		ID:                   first.RuleID,
		Name:                 name,
		ShortDescription:     &multiformat{Text: short},
		FullDescription:      &multiformat{Text: full},
		Help:                 &multiformat{Text: text, Markdown: markdown},
		HelpURI:              moreInfo,
		DefaultConfiguration: &configuration{Level: Level(sev)},
		Properties:           props,
	}
}

// helpText renders a rule's documentation as plain text and Markdown.
func helpText(doc finding.Doc, cwe int, moreInfo, fallback string) (string, string) {
	var text, md []string
	add := func(t, m string) { text, md = append(text, t), append(md, m) }
	if doc.Summary != "" {
		add(doc.Summary, "**"+doc.Summary+"**")
	} else {
		add(fallback, fallback)
	}
	if doc.Why != "" {
		add(doc.Why, doc.Why)
	}
	if doc.Bad != "" {
		add("Vulnerable example:\n"+indent(doc.Bad), "Vulnerable example:\n\n```python\n"+doc.Bad+"\n```")
	}
	if doc.Good != "" {
		add("Fixed example:\n"+indent(doc.Good), "Fixed example:\n\n```python\n"+doc.Good+"\n```")
	}
	if doc.Remediation != "" {
		add("Remediation: "+doc.Remediation, "**Remediation:** "+doc.Remediation)
	}
	var refs []string
	if cwe != 0 {
		refs = append(refs, finding.CWELink(cwe))
	}
	if moreInfo != "" {
		refs = append(refs, moreInfo)
	}
	for _, r := range doc.References {
		if r != "" && !contains(refs, r) {
			refs = append(refs, r)
		}
	}
	if len(refs) > 0 {
		t, m := "References:", "References:\n"
		for _, r := range refs {
			t += "\n- " + r
			m += "\n- <" + r + ">"
		}
		add(t, m)
	}
	return strings.Join(text, "\n\n"), strings.Join(md, "\n\n")
}

func indent(s string) string {
	return "    " + strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", "\n    ")
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// result describes one finding; seen counts fingerprint keys so far, so
// equal lines in one file get distinct fingerprints.
func (b *builder) result(f *finding.Finding, ruleIndex map[string]int, seen map[string]int) result {
	loc := b.location(f)
	key := fingerprintKey(f, loc.PhysicalLocation.ArtifactLocation.URI, report.LineText(f, f.Line, b.opts))
	seen[key]++
	res := result{
		RuleID:              f.RuleID,
		RuleIndex:           ruleIndex[f.RuleID],
		Level:               Level(f.Severity),
		Message:             message{Text: f.Message},
		Locations:           []location{loc},
		PartialFingerprints: map[string]string{FingerprintKey: fmt.Sprintf("%s:%d", key, seen[key])},
		Properties: map[string]any{
			"issue_severity":   f.Severity.String(),
			"issue_confidence": f.Confidence.String(),
		},
	}
	if f.NotebookCell > 0 {
		res.Properties["notebook_cell"] = f.NotebookCell
		res.Properties["notebook_line"] = f.NotebookLine
	}
	if len(f.Trace) > 0 {
		res.CodeFlows = []codeFlow{{ThreadFlows: []threadFlow{{Locations: b.traceLocations(f.Trace)}}}}
	}
	return res
}

// fingerprintKey hashes what identifies an issue independent of its line
// number: rule, file and the whitespace-normalised source line (the
// message when the source is unknown). The occurrence count is appended
// by the caller so equal lines in one file stay distinct.
func fingerprintKey(f *finding.Finding, uri, line string) string {
	text := strings.Join(strings.Fields(line), " ")
	if text == "" {
		text = f.Message
	}
	sum := sha256.Sum256([]byte(f.RuleID + "\x00" + uri + "\x00" + text))
	return hex.EncodeToString(sum[:8])
}

func (b *builder) location(f *finding.Finding) location {
	if loc, ok := b.notebookLocation(f); ok {
		return loc
	}
	startText := report.SourceLine(f.Filename, f.Line, b.opts)
	reg := &region{StartLine: max(f.Line, 1), StartColumn: utf16Column(startText, f.Col) + 1}
	if end := report.EndLine(f); end > f.Line || f.EndCol > f.Col {
		reg.EndLine = end
		reg.EndColumn = utf16Column(report.SourceLine(f.Filename, end, b.opts), f.EndCol) + 1
	}
	var lines []string
	for n := f.Line; n <= report.EndLine(f); n++ {
		lines = append(lines, report.SourceLine(f.Filename, n, b.opts))
	}
	phys := physicalLocation{ArtifactLocation: b.artifact(f.Filename), Region: reg}
	if startText != "" {
		reg.Snippet = &artifactContent{Text: strings.Join(lines, "\n") + "\n"}
	}
	if excerpt := report.Excerpt(f, b.opts); len(excerpt) > 0 {
		var text strings.Builder
		for _, l := range excerpt {
			text.WriteString(l.Text + "\n")
		}
		phys.ContextRegion = &region{
			StartLine: excerpt[0].Number,
			EndLine:   excerpt[len(excerpt)-1].Number,
			Snippet:   &artifactContent{Text: text.String()},
		}
	}
	return location{PhysicalLocation: phys}
}

// notebookLocation places a notebook finding in the .ipynb file itself:
// regions span the file lines holding the cell's lines (Jupyter writes
// one JSON string per source line), without columns since those are
// columns of the cell, not of the JSON text; snippets are the cell's
// lines as written, and a logical location names the cell. ok is false
// when the report does not know the cell's file lines.
func (b *builder) notebookLocation(f *finding.Finding) (location, bool) {
	start := report.FileLine(f, f.Line, b.opts)
	if start == 0 {
		return location{}, false
	}
	reg := &region{StartLine: start}
	var lines []string
	for n := f.Line; n <= report.EndLine(f); n++ {
		lines = append(lines, report.LineText(f, n, b.opts))
		if fl := report.FileLine(f, n, b.opts); fl > start {
			reg.EndLine = fl
		}
	}
	reg.Snippet = &artifactContent{Text: strings.Join(lines, "\n") + "\n"}
	phys := physicalLocation{ArtifactLocation: b.artifact(f.Filename), Region: reg}
	if excerpt := report.Excerpt(f, b.opts); len(excerpt) > 0 {
		var text strings.Builder
		for _, l := range excerpt {
			text.WriteString(l.Text + "\n")
		}
		first := report.FileLine(f, excerpt[0].Source, b.opts)
		last := report.FileLine(f, excerpt[len(excerpt)-1].Source, b.opts)
		if first > 0 && last >= first {
			phys.ContextRegion = &region{StartLine: first, EndLine: last, Snippet: &artifactContent{Text: text.String()}}
		}
	}
	return location{
		PhysicalLocation: phys,
		LogicalLocations: []logicalLocation{cellLocation(f.Filename, f.NotebookCell)},
	}, true
}

// cellLocation names a notebook cell as a logical location.
func cellLocation(filename string, cell int) logicalLocation {
	name := fmt.Sprintf("cell %d", cell)
	return logicalLocation{Name: name, FullyQualifiedName: filepath.ToSlash(filename) + ":" + name}
}

func (b *builder) traceLocations(steps []finding.Step) []threadFlowLocation {
	out := make([]threadFlowLocation, 0, len(steps))
	for _, s := range steps {
		reg := &region{StartLine: max(s.Line, 1), StartColumn: utf16Column(report.SourceLine(s.Filename, s.Line, b.opts), s.Col) + 1}
		var logical []logicalLocation
		if cell, _, fileLine, _, ok := report.NotebookLine(s.Filename, s.Line, b.opts); ok && fileLine > 0 {
			reg = &region{StartLine: fileLine}
			logical = []logicalLocation{cellLocation(s.Filename, cell)}
		}
		if s.Code != "" {
			reg.Snippet = &artifactContent{Text: s.Code}
		}
		loc := location{
			PhysicalLocation: physicalLocation{ArtifactLocation: b.artifact(s.Filename), Region: reg},
			LogicalLocations: logical,
		}
		if s.Note != "" {
			loc.Message = &message{Text: s.Note}
		}
		out = append(out, threadFlowLocation{Location: loc})
	}
	return out
}

// utf16Column converts a 0-based UTF-8 byte column to UTF-16 code units
// (SARIF's default column kind); unchanged when the line is unknown.
func utf16Column(line string, byteCol int) int {
	if byteCol <= 0 {
		return 0
	}
	if line == "" || byteCol > len(line) {
		return byteCol
	}
	n := 0
	for _, r := range line[:byteCol] {
		if r == utf8.RuneError {
			n++
			continue
		}
		n += len(utf16.Encode([]rune{r}))
	}
	return n
}
