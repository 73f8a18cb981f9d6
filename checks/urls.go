package checks

import (
	"strings"

	"github.com/kraitsec/krait/finding"
)

// BanditDocsVersion is the bandit release whose documentation URLs krait
// reports in more_info (bandit's docs_utils.get_url).
const BanditDocsVersion = "1.9.4"

const banditDocs = "https://bandit.readthedocs.io/en/" + BanditDocsVersion + "/"

// PluginURL is the more_info URL of a bandit plugin check.
func PluginURL(id, testName string) string {
	return banditDocs + "plugins/" + strings.ToLower(id) + "_" + testName + ".html"
}

// BlacklistCallURL is the more_info URL of a call blacklist entry; B304/B305
// and B313–B320 share combined anchors in bandit's docs.
func BlacklistCallURL(id, name string) string {
	anchor := strings.ToLower(id) + "-" + dashed(name)
	switch {
	case id == "B304" || id == "B305":
		anchor = "b304-b305-ciphers-and-modes"
	case id >= "B313" && id <= "B320":
		anchor = "b313-b320-" + dashed(name)
	}
	return banditDocs + "blacklists/blacklist_calls.html#" + anchor
}

// BlacklistImportURL is the more_info URL of an import blacklist entry.
func BlacklistImportURL(id, name string) string {
	return banditDocs + "blacklists/blacklist_imports.html#" + strings.ToLower(id) + "-" + dashed(name)
}

// KraitURL is the more_info URL of a krait rule: its page in the
// repository's docs/rules, generated from the rule registry by
// internal/gendocs (the same text as `krait explain ID`).
func KraitURL(id string) string {
	return finding.DocURL(id)
}

func dashed(name string) string {
	return strings.ToLower(strings.ReplaceAll(name, "_", "-"))
}
