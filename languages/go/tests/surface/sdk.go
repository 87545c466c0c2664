package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// bound marks an input whose value the resource holds (`s.path[i]`), not the caller.
const bound = "bound"

// Method is one operation as the SDK offers it.
type Method struct {
	File      string
	Name      string
	Inputs    map[string]string // "LOCATION wire" -> "true" (required), "false", or bound
	Held      []string          // the wires of the values the resource holds, in the order it holds them
	Shape     string
	Result    string // the result's Go type, as written
	Paging    string
	ItemLimit string
	// Interfaces are the interface types of the method's package (a union is one, returned as it is).
	Interfaces map[string]bool
}

// pkg is one Go package of the SDK: its methods by receiver type and its struct types.
type pkg struct {
	methods    map[string]map[string]*ast.FuncDecl
	structs    map[string]*ast.StructType
	interfaces map[string]bool
	files      map[*ast.FuncDecl]string
}

// readSDK reads every package of the SDK but its runtime (core) and returns each operation's
// method by "HTTP-METHOD path".
func readSDK(dir string, problems *[]string) (map[string]*Method, error) {
	pkgs := map[string]*pkg{}
	err := filepath.WalkDir(dir, func(path string, entry fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if entry.IsDir() && entry.Name() == "core" {
			return filepath.SkipDir
		}
		if entry.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		file, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		p := pkgs[filepath.Dir(path)]
		if p == nil {
			p = &pkg{map[string]map[string]*ast.FuncDecl{}, map[string]*ast.StructType{}, map[string]bool{}, map[*ast.FuncDecl]string{}}
			pkgs[filepath.Dir(path)] = p
		}
		p.add(file, rel)
		return nil
	})
	if err != nil {
		return nil, err
	}
	found := map[string]*Method{}
	dirs := make([]string, 0, len(pkgs))
	for d := range pkgs {
		dirs = append(dirs, d)
	}
	sort.Strings(dirs)
	for _, d := range dirs {
		pkgs[d].operations(found, problems)
	}
	return found, nil
}

func (p *pkg) add(file *ast.File, rel string) {
	for _, decl := range file.Decls {
		switch d := decl.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil || d.Body == nil {
				continue
			}
			receiver := typeName(d.Recv.List[0].Type)
			if p.methods[receiver] == nil {
				p.methods[receiver] = map[string]*ast.FuncDecl{}
			}
			p.methods[receiver][d.Name.Name] = d
			p.files[d] = rel
		case *ast.GenDecl:
			for _, spec := range d.Specs {
				if ts, ok := spec.(*ast.TypeSpec); ok {
					if st, ok := ts.Type.(*ast.StructType); ok {
						p.structs[ts.Name.Name] = st
					}
					if _, ok := ts.Type.(*ast.InterfaceType); ok {
						p.interfaces[ts.Name.Name] = true
					}
				}
			}
		}
	}
}

// operations adds every exported method that builds a request (core.NewRequest) to found, under the
// name a caller uses: a ...Pages method's list twin where it has one.
func (p *pkg) operations(found map[string]*Method, problems *[]string) {
	receivers := make([]string, 0, len(p.methods))
	for r := range p.methods {
		receivers = append(receivers, r)
	}
	sort.Strings(receivers)
	for _, receiver := range receivers {
		names := make([]string, 0, len(p.methods[receiver]))
		for n := range p.methods[receiver] {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, name := range names {
			impl := p.methods[receiver][name]
			key, ok := requestKey(impl)
			if !ok || !impl.Name.IsExported() {
				continue
			}
			public := impl
			if twin, ok := p.methods[receiver][strings.TrimSuffix(name, "Pages")]; ok && twin != impl && calls(twin, name) {
				public = twin
			}
			method := p.method(public, impl, problems)
			if other, taken := found[key]; taken {
				*problems = append(*problems, fmt.Sprintf("%s: called by both %s and %s", key, other.Name, method.Name))
			}
			found[key] = method
		}
	}
}

// requestKey is "METHOD path" of the function's core.NewRequest call.
func requestKey(fn *ast.FuncDecl) (string, bool) {
	key, ok := "", false
	ast.Inspect(fn.Body, func(n ast.Node) bool {
		if call, isCall := n.(*ast.CallExpr); isCall && selector(call.Fun) == "core.NewRequest" && len(call.Args) == 2 {
			key, ok = literal(call.Args[0])+" "+literal(call.Args[1]), true
		}
		return !ok
	})
	return key, ok
}

// calls tells whether fn calls the receiver's method name (`s.NAME(`).
func calls(fn *ast.FuncDecl, name string) bool {
	found := false
	ast.Inspect(fn.Body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if sel, ok := call.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == name {
				found = true
			}
		}
		return !found
	})
	return found
}

// method reads public's signature and what impl sends.
func (p *pkg) method(public, impl *ast.FuncDecl, problems *[]string) *Method {
	m := &Method{File: p.files[impl], Name: public.Name.Name, Inputs: map[string]string{}, Interfaces: p.interfaces}
	m.Shape, m.Result = shape(public, impl)
	args, paramsType := arguments(impl)
	fields := map[string]bool{}
	if st := p.structs[paramsType]; st != nil {
		for _, field := range st.Fields.List {
			for _, name := range field.Names {
				fields[name.Name] = !strings.HasPrefix(typeText(field.Type), "core.Opt[")
			}
		}
	}
	for field := range refusedAbsent(impl) {
		fields[field] = true
	}
	m.ItemLimit, m.Paging = paging(impl)
	delete(fields, m.ItemLimit)
	sent := map[string]bool{}
	ast.Inspect(impl.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		location, wire, value, ok := sending(call)
		if !ok {
			return true
		}
		where := location + " " + wire
		switch {
		case strings.HasPrefix(value, "s.path["):
			m.Inputs[where] = bound
			index, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(value, "s.path["), "]"))
			for len(m.Held) <= index {
				m.Held = append(m.Held, "")
			}
			m.Held[index] = wire
		case strings.HasPrefix(value, "params."):
			field := strings.TrimPrefix(value, "params.")
			required, known := fields[field]
			if !known {
				*problems = append(*problems, fmt.Sprintf("%s: %s sends %s, which %s lacks", m.File, m.Name, value, paramsType))
			}
			m.Inputs[where] = strconv.FormatBool(required)
			sent[value] = true
		default:
			if _, known := args[value]; !known {
				*problems = append(*problems, fmt.Sprintf("%s: %s sends %s, neither an argument nor a field", m.File, m.Name, value))
			}
			m.Inputs[where] = "true"
			sent[value] = true
		}
		return true
	})
	for arg := range args {
		if !sent[arg] {
			*problems = append(*problems, fmt.Sprintf("%s: %s takes %s and does not send it", m.File, m.Name, arg))
		}
	}
	for field := range fields {
		if !sent["params."+field] {
			*problems = append(*problems, fmt.Sprintf("%s: %s takes params.%s and does not send it", m.File, m.Name, field))
		}
	}
	return m
}

// refusedAbsent are the params fields whose absence fails the call (`if !core.AnyGiven(params.X) {
// req.Fail(core.Required(...)) }`): required inputs that may be null, and so are a core.Opt.
func refusedAbsent(fn *ast.FuncDecl) map[string]bool {
	refused := map[string]bool{}
	for _, statement := range fn.Body.List {
		check, ok := statement.(*ast.IfStmt)
		if !ok || len(check.Body.List) != 1 {
			continue
		}
		not, ok := check.Cond.(*ast.UnaryExpr)
		if !ok || not.Op != token.NOT {
			continue
		}
		given, ok := not.X.(*ast.CallExpr)
		if !ok || typeText(given.Fun) != "core.AnyGiven" || len(given.Args) != 1 {
			continue
		}
		if fail, ok := check.Body.List[0].(*ast.ExprStmt); ok && strings.Contains(typeText(fail.X), "core.Required(") {
			refused[strings.TrimPrefix(typeText(given.Args[0]), "params.")] = true
		}
	}
	return refused
}

// arguments are fn's arguments but the context, the params struct and the options, and the params
// struct's type name.
func arguments(fn *ast.FuncDecl) (map[string]bool, string) {
	args, paramsType := map[string]bool{}, ""
	for _, field := range fn.Type.Params.List {
		for _, name := range field.Names {
			switch name.Name {
			case "ctx", "opts":
			case "params":
				paramsType = typeText(field.Type)
			default:
				args[name.Name] = true
			}
		}
	}
	return args, paramsType
}

// sending reads a call that sends an input: its location, wire name and the value's expression.
func sending(call *ast.CallExpr) (location, wire, value string, ok bool) {
	sel, isSel := call.Fun.(*ast.SelectorExpr)
	if !isSel || len(call.Args) < 2 {
		return "", "", "", false
	}
	owner := typeText(sel.X)
	switch {
	case owner == "req" && (sel.Sel.Name == "PathParam" || sel.Sel.Name == "PathParamOr"):
		location = "PATH"
	case owner == "req" && sel.Sel.Name == "Query":
		location = "QUERY"
	case owner == "req" && sel.Sel.Name == "Header":
		location = "HEADER"
	case owner == "req" && sel.Sel.Name == "Cookie":
		location = "COOKIE"
	case owner == "req" && strings.HasSuffix(sel.Sel.Name, "Body") && sel.Sel.Name != "JSONObjectBody" && sel.Sel.Name != "FormBody":
		if sel.Sel.Name == "MultipartBody" {
			return "", "", "", false
		}
		return "BODY", "", typeText(call.Args[1]), true
	case owner != "req" && (sel.Sel.Name == "Add" || sel.Sel.Name == "Field"):
		location = "BODY_FIELD"
	default:
		return "", "", "", false
	}
	if lit, isLit := call.Args[0].(*ast.BasicLit); !isLit || lit.Kind != token.STRING {
		return "", "", "", false
	}
	return location, literal(call.Args[0]), typeText(call.Args[1]), true
}

// shape is the result shape from public's results and the runtime call impl returns with.
func shape(public, impl *ast.FuncDecl) (string, string) {
	results := public.Type.Results
	if results == nil || len(results.List) == 0 {
		return "?", ""
	}
	first := typeText(results.List[0].Type)
	returned := returnedCall(impl)
	switch {
	case len(results.List) == 1 && first == "error":
		return "none", ""
	case public != impl && strings.HasPrefix(first, "iter.Seq2["):
		return "paged", first
	case returned == "core.Stream":
		return "stream", first
	case first == "io.ReadCloser":
		return "binary", first
	case first == "bool" && returned == "core.Deleted":
		return "deleted", first
	}
	return "value", first
}

// returnedCall is the function fn's last return statement calls, without type arguments.
func returnedCall(fn *ast.FuncDecl) string {
	last := ""
	ast.Inspect(fn.Body, func(n ast.Node) bool {
		if ret, ok := n.(*ast.ReturnStmt); ok && len(ret.Results) == 1 {
			if call, ok := ret.Results[0].(*ast.CallExpr); ok {
				last = strings.SplitN(typeText(call.Fun), "[", 2)[0]
			}
		}
		return true
	})
	return last
}

// paging reads core.Pages' item limit argument and its core.Paging literal, as pagingText.
func paging(fn *ast.FuncDecl) (string, string) {
	limit, text := "", ""
	ast.Inspect(fn.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || strings.SplitN(typeText(call.Fun), "[", 2)[0] != "core.Pages" || len(call.Args) != 6 {
			return true
		}
		limit = strings.TrimPrefix(typeText(call.Args[5]), "params.")
		lit, ok := call.Args[4].(*ast.CompositeLit)
		if !ok {
			return true
		}
		values := map[string]ast.Expr{}
		for _, element := range lit.Elts {
			if kv, ok := element.(*ast.KeyValueExpr); ok {
				values[typeText(kv.Key)] = kv.Value
			}
		}
		str := func(key string) string {
			if v, ok := values[key]; ok {
				return literal(v)
			}
			return ""
		}
		path := func(key string) string { return dotted(values[key]) }
		param := str("CursorParam") + str("OffsetParam")
		text = pagingText(str("Style"), path("Items"), param, path("Next"), path("HasMore"), str("LimitParam"),
			typeText(values["LastItem"]) == "true", typeText(values["Pages"]) == "true")
		return false
	})
	return limit, text
}

// dotted is a []string{...} literal joined with dots.
func dotted(expr ast.Expr) string {
	lit, ok := expr.(*ast.CompositeLit)
	if !ok {
		return ""
	}
	parts := make([]string, len(lit.Elts))
	for i, element := range lit.Elts {
		parts[i] = literal(element)
	}
	return strings.Join(parts, ".")
}

// pagingText is one line for a pagination, the same for the plan's and the SDK's: only the parts that are set.
func pagingText(style, items, param, next, hasMore, limit string, lastItem, pages bool) string {
	parts := []string{style, "items=" + items}
	for _, part := range [][2]string{{"param", param}, {"next", next}, {"hasMore", hasMore}, {"limit", limit}} {
		if part[1] != "" {
			parts = append(parts, part[0]+"="+part[1])
		}
	}
	if lastItem {
		parts = append(parts, "lastItem")
	}
	if pages {
		parts = append(parts, "pages")
	}
	return strings.Join(parts, " ")
}

func selector(expr ast.Expr) string {
	if sel, ok := expr.(*ast.SelectorExpr); ok {
		return typeText(sel)
	}
	return ""
}

func literal(expr ast.Expr) string {
	if lit, ok := expr.(*ast.BasicLit); ok {
		if text, err := strconv.Unquote(lit.Value); err == nil {
			return text
		}
	}
	return ""
}

// typeName is a receiver's type name without its pointer.
func typeName(expr ast.Expr) string {
	return strings.TrimPrefix(typeText(expr), "*")
}
