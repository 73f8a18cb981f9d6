package main

import (
	"fmt"
	"runtime"
)

// versionText is "krait X" plus the Go version, shaped like bandit's
// "bandit X\n  python version = ...".
func versionText() string {
	return fmt.Sprintf("krait %s\n  go version = %s", version, runtime.Version())
}
