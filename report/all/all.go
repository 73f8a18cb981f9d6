// Package all links every report format into the binary; import it for
// its side effect: import _ "github.com/kraitsec/krait/report/all".
package all

import (
	_ "github.com/kraitsec/krait/report/csv"
	_ "github.com/kraitsec/krait/report/custom"
	_ "github.com/kraitsec/krait/report/html"
	_ "github.com/kraitsec/krait/report/json"
	_ "github.com/kraitsec/krait/report/sarif"
	_ "github.com/kraitsec/krait/report/text"
	_ "github.com/kraitsec/krait/report/xml"
	_ "github.com/kraitsec/krait/report/yaml"
)
