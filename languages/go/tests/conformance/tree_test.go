package conformance

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	"tree-sdk"
)

// The resource tree's calls (samples/resource-tree): each reaches the path its bound values make,
// and a shortcut leaves the account to the client's option, else the credentials' username.
func TestResourceTreeCallsReachTheirBoundPaths(t *testing.T) {
	var got []string
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		got = append(got, r.Method+" "+r.URL.Path+" "+string(body))
		if r.Method == http.MethodDelete {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"sid": "X"}`)
	}))
	defer server.Close()
	ctx := context.Background()
	client := tree.NewClient(tree.WithBaseURL(server.URL), tree.WithBasicAuth("ACdefault", "token"))
	if _, err := client.Messages().Create(ctx, tree.MessageCreateParams{To: "+15551230001"}); err != nil {
		t.Fatal(err)
	}
	if _, err := client.Account("ACother").Message("SM1").Fetch(ctx); err != nil {
		t.Fatal(err)
	}
	if err := client.Message("SM2").Media("ME3").Delete(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := client.Calls().FeedbackSummary().Create(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := client.Balance().Fetch(ctx, tree.WithAccountSID("ACoption")); err != nil {
		t.Fatal(err)
	}
	if _, err := client.Inbound().Fetch(ctx); err != nil {
		t.Fatal(err)
	}
	want := []string{
		"POST /v1/Accounts/ACdefault/Messages.json To=%2B15551230001",
		"GET /v1/Accounts/ACother/Messages/SM1.json ",
		"DELETE /v1/Accounts/ACdefault/Messages/SM2/Media/ME3.json ",
		"POST /v1/Accounts/ACdefault/Calls/FeedbackSummary.json ",
		"GET /v1/Accounts/ACoption/Balance.json ",
		"GET /v1/Reports/Inbound.json ",
	}
	if len(got) != len(want) {
		t.Fatalf("requests: got %q, want %q", got, want)
	}
	for i := range want {
		equal(t, "request", got[i], want[i])
	}
}
