package main

// Every output format registers itself with the report package.
import _ "github.com/kraitsec/krait/report/all"
