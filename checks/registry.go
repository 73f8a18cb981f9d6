// Package checks runs krait's AST checks (bandit's catalogue and krait's
// own K rules) over one parsed file: one walk dispatches every node to the
// checks subscribed to its kind, each check answering from a Context.
package checks

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/kraitsec/krait/finding"
	"github.com/kraitsec/krait/python/ast"
)

// Kind is a node kind a check subscribes to, named like bandit's visitor
// hooks.
type Kind uint8

const (
	KindCall Kind = iota
	KindImport
	KindImportFrom
	KindFunctionDef
	KindAsyncFunctionDef // krait rules only: bandit never visits async defs
	KindAssert
	KindExceptHandler
	KindStr   // a str Constant whose parent is not an expression statement
	KindBytes // a bytes Constant whose parent is not an expression statement
	// KindAssign and KindAnnAssign (krait rules only) are the assignment
	// statements `t1 = t2 = value` and `t: ann [= value]`, anywhere in the
	// file; settings checks report each offending assignment line.
	KindAssign
	KindAnnAssign
	KindFile // once per file, after the walk
	numKinds
)

// Issue is what a check reports for one node. Zero fields take the node's
// defaults, as bandit's tester fills them in.
type Issue struct {
	// Rule overrides the check's own rule (the blacklist checks report one
	// of several ids).
	Rule       *finding.Rule
	Severity   finding.Level
	Confidence finding.Level
	Text       string
	Line       int   // 0 = the node's line
	Col        int   // used when HasCol
	HasCol     bool  // B613 reports its own column
	LineRange  []int // nil = the node's range (the parent's for strings)
	// At, when set, is the node whose position and line range are
	// reported instead of the checked node's (a setting's value inside the
	// assignment being checked); Line, HasCol and LineRange still win.
	At ast.Node
}

// Check is one rule's metadata plus the function run on the node kinds it
// subscribes to.
type Check struct {
	Rule *finding.Rule
	// Also lists further rules the check reports (blacklists); the check runs
	// when any of Rule or Also is enabled.
	Also  []*finding.Rule
	Kinds []Kind
	// Prepare turns the merged plugin options block (Rule.ConfigKey) into
	// the typed settings passed to Run; called once per Config.
	Prepare func(opts map[string]any) any
	// Run inspects ctx.Node and returns nil or one issue.
	Run func(ctx *Context, settings any) *Issue
	// CallNames, for Call checks that only care about some functions, lists
	// the unqualified names (ctx.Name(), the last dotted part of the
	// resolved name) they can fire on; the runner then calls Run only for
	// those. nil means every call.
	CallNames func(settings any) []string
	// StrValues, for Str checks that only care about some exact strings
	// (setting names used as dict or subscript keys), lists them; the
	// runner then calls Run only for str constants with one of those
	// values. nil means every string.
	StrValues func(settings any) []string
	// TargetKeys, for Assign/AnnAssign checks that only care about some
	// settings, lists the names their targets end in (see TargetKey); the
	// runner then calls Run only for assignments with such a target. nil
	// means every assignment.
	TargetKeys func(settings any) []string
}

// Names is a CallNames for a fixed list.
func Names(names ...string) func(any) []string {
	return func(any) []string { return names }
}

var registry = struct {
	sync.Mutex
	checks   []*Check
	defaults map[string]map[string]any
}{defaults: map[string]map[string]any{}}

// Register adds a check and its rules (to finding's rule registry). It
// panics on a malformed check: that is a programming error every test run
// catches.
func Register(c *Check) {
	if c.Rule == nil || c.Run == nil || len(c.Kinds) == 0 {
		panic("checks: incomplete check")
	}
	registry.Lock()
	defer registry.Unlock()
	finding.Register(c.Rule)
	for _, r := range c.Also {
		finding.Register(r)
	}
	registry.checks = append(registry.checks, c)
}

// RegisterPluginDefaults records bandit's default options block for a
// plugin config key (bandit's gen_config).
func RegisterPluginDefaults(key string, block map[string]any) {
	registry.Lock()
	defer registry.Unlock()
	if _, dup := registry.defaults[key]; dup {
		panic(fmt.Sprintf("checks: plugin defaults %q registered twice", key))
	}
	registry.defaults[key] = block
}

// Checks returns every registered check ordered by rule id.
func Checks() []*Check {
	registry.Lock()
	defer registry.Unlock()
	out := slices.Clone(registry.checks)
	slices.SortStableFunc(out, func(a, b *Check) int { return strings.Compare(a.Rule.ID, b.Rule.ID) })
	return out
}

// DefaultPlugins returns every plugin options block with bandit's defaults
// (what `bandit-config-generator --show-defaults` prints). The maps are
// fresh copies.
func DefaultPlugins() map[string]map[string]any {
	registry.Lock()
	defer registry.Unlock()
	out := make(map[string]map[string]any, len(registry.defaults))
	for k, block := range registry.defaults {
		out[k] = copyBlock(block)
	}
	return out
}

func copyBlock(block map[string]any) map[string]any {
	c := make(map[string]any, len(block))
	for k, v := range block {
		switch x := v.(type) {
		case []string:
			c[k] = slices.Clone(x)
		case []any:
			c[k] = slices.Clone(x)
		default:
			c[k] = v
		}
	}
	return c
}
