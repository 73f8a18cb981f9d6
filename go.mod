module github.com/kraitsec/krait

go 1.26
