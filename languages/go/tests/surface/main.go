// Command surface reads a generated Go SDK's surface back from its syntax trees (go/parser) and
// compares it with the plan. In every package but the runtime (core), each exported method that
// builds a request (core.NewRequest) is an operation: its HTTP method and path, the inputs it sends
// (req.PathParam, Query, Header, Cookie, a form's or JSON object's fields, a whole body) with their
// wire names, whether each is required (a positional argument, a params field that is not a
// core.Opt, or one whose absence the method refuses: a required input that may be null), the values the resource holds (s.path[i]: the path's first parameters, in order), the
// result shape from its signature, and a list's pagination (core.Paging) and item limit; a ...Pages
// method is read under the name of its list twin. Every planned operation must be found and agree
// (method name, inputs, result shape, the result's type where the plan names one, pagination);
// nothing else may build a request.
// The plan is the one `switchboard plan -l go` prints, whose tree names methods as Go does.
// Usage: surface PLAN_JSON SDK_DIR
package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

var shapes = map[string]string{"model": "value", "list": "value", "text": "value", "none": "none",
	"deleted": "deleted", "paged": "paged", "stream": "stream", "binary": "binary"}

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: surface PLAN_JSON SDK_DIR")
		os.Exit(2)
	}
	plan, err := readPlan(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "surface:", err)
		os.Exit(2)
	}
	var problems []string
	sdk, err := readSDK(os.Args[2], &problems)
	if err != nil {
		fmt.Fprintln(os.Stderr, "surface:", err)
		os.Exit(2)
	}
	c := &comparison{sdk: sdk, tree: treeCalls(plan)}
	for _, resource := range plan.Resources {
		for _, op := range resource.Operations {
			c.compare(op)
		}
	}
	keys := make([]string, 0, len(sdk))
	for key := range sdk {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	for _, key := range keys {
		c.problems = append(c.problems, key+": method not in the plan")
	}
	problems = append(problems, c.problems...)
	for _, problem := range problems {
		fmt.Println("surface:", problem)
	}
	fmt.Printf("surface: %d operations, %d inputs, %d result types and %d paginations read from the SDK, %d differ from the plan\n",
		c.operations, c.inputs, c.results, c.pages, len(problems))
	if len(problems) > 0 {
		os.Exit(1)
	}
}

// comparison holds the SDK's methods not yet matched and the counts.
type comparison struct {
	sdk                                map[string]*Method
	tree                               map[string]treeCall
	problems                           []string
	operations, inputs, results, pages int
}

func (c *comparison) fail(op Operation, format string, args ...any) {
	c.problems = append(c.problems, op.ID+": "+fmt.Sprintf(format, args...))
}

func (c *comparison) compare(op Operation) {
	key := op.HTTPMethod + " " + op.Path
	m, ok := c.sdk[key]
	if !ok {
		c.fail(op, "no method calls %s", key)
		return
	}
	delete(c.sdk, key)
	c.operations++
	call, inTree := c.tree[op.ID]
	words := op.Method.Words
	if inTree {
		words = call.words
	}
	if wanted := pascal(words); !sameName(m.Name, wanted) {
		c.fail(op, "method %s, plan says %s", m.Name, wanted)
	}
	c.compareInputs(op, m, call.held)
	if want := shapes[op.Result.Shape]; m.Shape != want {
		c.fail(op, "returns %s (%s), plan says %s", m.Shape, m.Result, op.Result.Shape)
	}
	if want := resultType(op, m.Interfaces); want != "" {
		c.results++
		if !strings.EqualFold(m.Result, want) {
			c.fail(op, "returns %s, plan says %s", m.Result, want)
		}
	}
	c.comparePaging(op, m)
}

func (c *comparison) compareInputs(op Operation, m *Method, held int) {
	wires := pathWires(op.Path)
	if held > len(wires) || strings.Join(m.Held, ",") != strings.Join(wires[:held], ",") {
		c.fail(op, "holds the path values %v, plan says the first %d of %v", m.Held, held, wires)
	}
	expected := map[string]string{}
	for _, input := range op.Inputs {
		where := input.Location + " " + input.Wire
		expected[where] = fmt.Sprint(input.Required)
		if m.Inputs[where] == bound {
			expected[where] = bound
		}
	}
	c.inputs += len(expected)
	if got, want := sorted(m.Inputs), sorted(expected); got != want {
		c.fail(op, "inputs %s, plan says %s", got, want)
	}
}

func (c *comparison) comparePaging(op Operation, m *Method) {
	p := op.Result.Pagination
	if p == nil {
		if m.Paging != "" {
			c.fail(op, "pages %s, plan says it does not page", m.Paging)
		}
		return
	}
	c.pages++
	if want := pascal(op.Result.ItemLimit.Words); !strings.EqualFold(m.ItemLimit, want) {
		c.fail(op, "item limit %q, plan says %s", m.ItemLimit, want)
	}
	next := strings.Join(p.NextCursor, ".") + strings.Join(p.NextURL, ".")
	want := pagingText(p.Style, strings.Join(p.Items, "."), p.CursorParam+p.OffsetParam, next,
		strings.Join(p.HasMore, "."), p.LimitParam, p.LastItem, p.Pages)
	if m.Paging != want {
		c.fail(op, "pages %s, plan says %s", m.Paging, want)
	}
}

// resultType is the Go result type of a model, list or paged result whose type is a named IR type
// (`*Message`, `[]Message`; a union, an interface, as it is), empty where the check does not spell it;
// compared without case (the SDK writes initialisms: SipIPAddress).
func resultType(op Operation, interfaces map[string]bool) string {
	t := op.Result.Type
	switch op.Result.Shape {
	case "model":
		if t != nil && t.Kind == "named" && interfaces[t.ID] {
			return t.ID
		}
		if t != nil && t.Kind == "named" {
			return "*" + t.ID
		}
	case "list":
		if t != nil && t.Kind == "list" && t.Items != nil && t.Items.Kind == "named" {
			return "[]" + t.Items.ID
		}
	}
	return ""
}

// pascal spells words as one exported Go name, initialisms aside (compared without case).
func pascal(words []string) string {
	var out strings.Builder
	for _, word := range words {
		if word != "" {
			out.WriteString(strings.ToUpper(word[:1]) + word[1:])
		}
	}
	return out.String()
}

// sameName tells whether a method's name is the planned one, spelled without regard to case (Go's
// initialisms), perhaps numbered after a clash, with an X before a name starting with a digit.
func sameName(name, wanted string) bool {
	name, wanted = strings.ToLower(name), strings.ToLower(wanted)
	if wanted != "" && wanted[0] >= '0' && wanted[0] <= '9' {
		wanted = "x" + wanted
	}
	return strings.HasPrefix(name, wanted) && strings.Trim(name[len(wanted):], "0123456789") == ""
}

func sorted(inputs map[string]string) string {
	parts := make([]string, 0, len(inputs))
	for where, required := range inputs {
		parts = append(parts, where+"="+required)
	}
	sort.Strings(parts)
	return "[" + strings.Join(parts, " ") + "]"
}
