package core

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
)

// pagesServer serves three pages of two, one and no numbers, each linking the next by next_url.
func pagesServer(t *testing.T) *httptest.Server {
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("X-Page", r.URL.Query().Get("page"))
		switch r.URL.Query().Get("page") {
		case "":
			fmt.Fprint(w, `{"data":[1,2],"next_url":"/numbers?page=2"}`)
		case "2":
			fmt.Fprint(w, `{"data":[3],"next_url":"/numbers?page=3"}`)
		default:
			fmt.Fprint(w, `{"data":[]}`)
		}
	}))
	t.Cleanup(server.Close)
	return server
}

func numberPages(server *httptest.Server, limit Opt[int]) func(yield func(*Page[int], error) bool) {
	client := NewClient(Settings{DefaultServer: server.URL}, WithMaxRetries(0))
	paging := Paging{Style: "next-url", Items: []string{"data"}, Next: []string{"next_url"}}
	return Pages[int](context.Background(), client, NewRequest(http.MethodGet, "/numbers"), nil, paging, limit)
}

func TestPagesYieldEachPageWithItsResponseAndNextURL(t *testing.T) {
	server := pagesServer(t)
	var got []string
	for page, err := range numberPages(server, Opt[int]{}) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, fmt.Sprintf("%v %s %s %s", page.Items, page.Response.Header.Get("X-Page"), page.URL, page.NextURL))
	}
	want := []string{
		fmt.Sprintf("[1 2]  %s/numbers %s/numbers?page=2", server.URL, server.URL),
		fmt.Sprintf("[3] 2 %s/numbers?page=2 %s/numbers?page=3", server.URL, server.URL),
		fmt.Sprintf("[] 3 %s/numbers?page=3 ", server.URL),
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("pages:\n got %q\nwant %q", got, want)
	}
}

func TestPagesStopAfterThePageThatReachesTheLimit(t *testing.T) {
	count := 0
	for page, err := range numberPages(pagesServer(t), Some(2)) {
		if err != nil {
			t.Fatal(err)
		}
		count++
		if string(page.Body) != `{"data":[1,2],"next_url":"/numbers?page=2"}` {
			t.Errorf("body: %s", page.Body)
		}
	}
	if count != 1 {
		t.Errorf("want 1 page, got %d", count)
	}
}

func TestItemsYieldThePagesItemsUpToTheLimit(t *testing.T) {
	server := pagesServer(t)
	var all, limited []int
	for item, err := range Items(numberPages(server, Opt[int]{}), Opt[int]{}) {
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, item)
	}
	for item, err := range Items(numberPages(server, Some(1)), Some(1)) {
		if err != nil {
			t.Fatal(err)
		}
		limited = append(limited, item)
	}
	if fmt.Sprint(all, limited) != "[1 2 3] [1]" {
		t.Errorf("got %v and %v", all, limited)
	}
}
