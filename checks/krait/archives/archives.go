// Package archives holds krait's archive extraction rules: tarfile
// extract() without a filter (K105) and zipfile extractall (K106).
package archives

import (
	"github.com/kraitsec/krait/checks"
	"github.com/kraitsec/krait/finding"
)

var ruleK105 = &finding.Rule{
	ID: "K105", Name: "tarfile_extract_without_filter", Severity: finding.Medium, Confidence: finding.Medium, CWE: 22,
	MoreInfo: "https://docs.python.org/3/library/tarfile.html#tarfile-extraction-filter",
	Doc: finding.Doc{
		Summary: "tarfile member extraction with extract() and no filter= argument (bandit's B202 only looks at extractall).",
		Why: "A tar member can carry an absolute path, `..` components or a link pointing outside the destination; " +
			"extracting it unfiltered writes wherever the archive says (path traversal).",
		Bad:         "import tarfile\nwith tarfile.open(path) as tar:\n    tar.extract(member, dest)\n",
		Good:        "import tarfile\nwith tarfile.open(path) as tar:\n    tar.extract(member, dest, filter=\"data\")\n",
		Remediation: "Pass filter=\"data\" (Python 3.12+ and security backports) or validate member names and types before extracting.",
		References:  []string{finding.CWELink(22), "https://docs.python.org/3/library/tarfile.html#tarfile-extraction-filter"},
	},
}

var ruleK106 = &finding.Rule{
	ID: "K106", Name: "zipfile_extractall", Severity: finding.Low, Confidence: finding.Medium, CWE: 409,
	MoreInfo: "https://docs.python.org/3/library/zipfile.html#decompression-pitfalls",
	Doc: finding.Doc{
		Summary: "zipfile extractall() of whole archives.",
		Why: "zipfile strips absolute paths and `..`, but extracts everything with no limit on sizes or file counts: " +
			"an untrusted archive can fill the disk (zip bomb) or overwrite files already in the destination.",
		Bad:         "import zipfile\nwith zipfile.ZipFile(upload) as zf:\n    zf.extractall(dest)\n",
		Good:        "import zipfile\nwith zipfile.ZipFile(upload) as zf:\n    for info in zf.infolist():\n        if info.file_size > MAX_SIZE:\n            raise ValueError(\"member too large\")\n        zf.extract(info, dest)\n",
		Remediation: "Check infolist() first (total and per-member uncompressed size, member count, names) and extract into a fresh directory.",
		References:  []string{finding.CWELink(409), "https://docs.python.org/3/library/zipfile.html#decompression-pitfalls"},
	},
}

func init() {
	call := []checks.Kind{checks.KindCall}
	checks.Register(&checks.Check{Rule: ruleK105, Kinds: call, CallNames: checks.Names("extract"), Run: func(ctx *checks.Context, _ any) *checks.Issue {
		if ctx.Name() != "extract" || ctx.HasKeyword("filter") || !ctx.ImportedLike("tarfile") {
			return nil
		}
		conf := finding.Medium
		if ctx.ImportedLike("zipfile") {
			conf = finding.Low // the receiver may be a ZipFile, which sanitises names
		}
		return &checks.Issue{Severity: finding.Medium, Confidence: conf,
			Text: "tarfile extract() used without a filter. Pass filter=\"data\" or validate the member."}
	}})
	checks.Register(&checks.Check{Rule: ruleK106, Kinds: call, CallNames: checks.Names("extractall"), Run: func(ctx *checks.Context, _ any) *checks.Issue {
		if ctx.Name() != "extractall" || !ctx.ImportedLike("zipfile") || ctx.ImportedExact("tarfile") {
			return nil
		}
		return &checks.Issue{Severity: finding.Low, Confidence: finding.Medium,
			Text: "zipfile extractall() extracts every member without size or count limits; check the archive's infolist() first."}
	}})
}
