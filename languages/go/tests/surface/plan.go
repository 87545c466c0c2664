package main

import (
	"encoding/json"
	"os"
	"regexp"
)

// Plan is the part of `switchboard plan --json` the check compares with.
type Plan struct {
	Resources []struct {
		Operations []Operation `json:"operations"`
	} `json:"resources"`
	Tree struct {
		Nodes []struct {
			Collection []TreeMethod `json:"collection"`
			Instance   []TreeMethod `json:"instance"`
			Bound      []any        `json:"bound"`
			Key        any          `json:"key"`
		} `json:"nodes"`
	} `json:"tree"`
}

// Operation is one planned operation.
type Operation struct {
	ID         string  `json:"id"`
	HTTPMethod string  `json:"httpMethod"`
	Path       string  `json:"path"`
	Method     Name    `json:"method"`
	Inputs     []Input `json:"inputs"`
	Result     struct {
		Shape      string      `json:"shape"`
		Type       *TypeRef    `json:"type"`
		ItemLimit  *Name       `json:"itemLimit"`
		Pagination *Pagination `json:"pagination"`
	} `json:"result"`
}

// Name is a plan name: neutral words.
type Name struct {
	Words []string `json:"words"`
}

// Input is one planned input.
type Input struct {
	Location string `json:"location"`
	Wire     string `json:"wire"`
	Required bool   `json:"required"`
}

// TypeRef is an IR type reference.
type TypeRef struct {
	Kind  string   `json:"kind"`
	ID    string   `json:"id"`
	Items *TypeRef `json:"items"`
}

// Pagination is the IR's pagination of a list operation.
type Pagination struct {
	Style       string   `json:"style"`
	Items       []string `json:"items"`
	CursorParam string   `json:"cursorParam"`
	OffsetParam string   `json:"offsetParam"`
	NextCursor  []string `json:"nextCursor"`
	NextURL     []string `json:"nextUrl"`
	HasMore     []string `json:"hasMore"`
	LimitParam  string   `json:"limitParam"`
	LastItem    bool     `json:"lastItem"`
	Pages       bool     `json:"pages"`
}

// TreeMethod is a method of a resource-tree node: the operation it calls, under its name.
type TreeMethod struct {
	Operation string `json:"operation"`
	Name      Name   `json:"name"`
}

func readPlan(file string) (*Plan, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var plan Plan
	return &plan, json.Unmarshal(data, &plan)
}

// treeCall is how the tree calls an operation: the method's words and how many of the path's first
// parameters the resource holds.
type treeCall struct {
	words []string
	held  int
}

// treeCalls maps each operation a tree node calls to its method.
func treeCalls(plan *Plan) map[string]treeCall {
	calls := map[string]treeCall{}
	for _, node := range plan.Tree.Nodes {
		add := func(methods []TreeMethod, held int) {
			for _, method := range methods {
				calls[method.Operation] = treeCall{method.Name.Words, held}
			}
		}
		add(node.Collection, len(node.Bound))
		keyed := 0
		if node.Key != nil {
			keyed = 1
		}
		add(node.Instance, len(node.Bound)+keyed)
	}
	return calls
}

var placeholder = regexp.MustCompile(`\{([^}]+)\}`)

// pathWires are the path's parameters in order.
func pathWires(path string) []string {
	var wires []string
	for _, match := range placeholder.FindAllStringSubmatch(path, -1) {
		wires = append(wires, match[1])
	}
	return wires
}
