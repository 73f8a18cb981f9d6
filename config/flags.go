package config

// Flags is what the command line said. Set records which flags were given
// explicitly (by long name), because a value equal to the default still
// overrides a .bandit file only when it was typed.
type Flags struct {
	Targets         []string
	Set             map[string]bool
	Recursive       bool
	Format          string
	Output          string
	Level           int // count of -l
	Confidence      int // count of -i
	SeverityLevel   string
	ConfidenceLevel string
	Tests           []string
	Skips           []string
	Exclude         []string
	ConfigFile      string
	Profile         string // bandit's legacy -p NAME

	IniFile     string
	Baseline    string
	Aggregate   string
	Number      int
	MsgTemplate string
	IgnoreNosec bool
	ExitZero    bool
	Quiet       bool
	Verbose     bool
	Jobs        int
	NoGitignore bool
	Taint       bool
	NoTaint     bool
	MaxFileSize string
}

func (f *Flags) given(name string) bool { return f.Set != nil && f.Set[name] }
