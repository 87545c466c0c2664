package conformance

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	"tree-sdk"
)

func TestS63TheResourceTreeAsTheClient(t *testing.T) {
	load(t, "S63")
	ctx := context.Background()
	client := tree.NewClient(tree.WithBaseURL(wiremock), tree.WithBasicAuth(sid, "token-secret"))
	message, err := client.Messages().Create(ctx, tree.MessageCreateParams{To: "+15551230063", Body: tree.Some("Hello from the tree")})
	if err != nil {
		t.Fatal(err)
	}
	media, err := client.Account("AC63").Message("SM63").Media("ME63").Fetch(ctx)
	if err != nil {
		t.Fatal(err)
	}
	deleted, err := client.Message("SM63").Delete(ctx)
	if err != nil {
		t.Fatal(err)
	}
	summary, err := client.Calls().FeedbackSummary().Create(ctx)
	if err != nil {
		t.Fatal(err)
	}
	domains, err := client.Sip().Domains().List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	balance, err := client.Balance().Fetch(ctx)
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "message account_sid", message.AccountSID.Or(""), sid)
	equal(t, "media sid", media.SID.Or(""), "ME63")
	equal(t, "deleted", deleted, true)
	equal(t, "call_count", summary.CallCount.Or(0), 3)
	equal(t, "domains", len(domains), 1)
	if len(domains) == 1 {
		equal(t, "domain sid", domains[0].SID.Or(""), "SD63")
	}
	equal(t, "currency", balance.Currency.Or(""), "USD")
	account := "/v1/Accounts/" + sid
	want := []string{
		"POST " + account + "/Messages.json",
		"GET /v1/Accounts/AC63/Messages/SM63/Media/ME63.json",
		"DELETE " + account + "/Messages/SM63.json",
		"POST " + account + "/Calls/FeedbackSummary.json",
		"GET " + account + "/SIP/Domains.json",
		"GET " + account + "/Balance.json",
	}
	requests := expectRequests(t, len(want))
	for i, r := range requests {
		equal(t, "request", r.Method+" "+r.URL, want[i])
		equal(t, "Authorization", r.header("Authorization"), basic)
	}
	equal(t, "form", requests[0].body(), "To=%2B15551230063&Body=Hello+from+the+tree")
}

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
	if _, err := client.Message("SM2").Media("ME3").Delete(ctx); err != nil {
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
