package main

import (
	"bytes"
	"go/ast"
	"go/printer"
	"go/token"
)

// typeText is an expression (a type, a selector, a literal) as Go source.
func typeText(expr ast.Expr) string {
	if expr == nil {
		return ""
	}
	var out bytes.Buffer
	if err := printer.Fprint(&out, token.NewFileSet(), expr); err != nil {
		return ""
	}
	return out.String()
}
