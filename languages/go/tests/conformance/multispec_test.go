package conformance

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"example-sdk"
	accountsv1 "example-sdk/accounts/v1"
	messagingv2 "example-sdk/messaging/v2"
)

func TestS62SeveralSpecsOneSDK(t *testing.T) {
	load(t, "S62")
	client := example.NewClient(example.WithBaseURL(wiremock), example.WithBasicAuth(sid, "token-secret"))
	account, err := client.Accounts.V1().Accounts.Fetch(context.Background(), "AC62")
	if err != nil {
		t.Fatal(err)
	}
	message, err := client.Messaging.V2().Messages.Create(context.Background(),
		messagingv2.MessagesCreateParams{To: "+15551230062", Body: "Hello from two specs"})
	if err != nil {
		t.Fatal(err)
	}
	var accountStatus accountsv1.Status = account.Status
	var messageStatus messagingv2.Status = message.Status
	equal(t, "account status", accountStatus, accountsv1.Status("active"))
	equal(t, "created_at", account.CreatedAt.Or(time.Time{}).Equal(time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)), true)
	equal(t, "message status", messageStatus, messagingv2.Status("queued"))
	equal(t, "distinct Status types", fmt.Sprintf("%T", accountStatus) != fmt.Sprintf("%T", messageStatus), true)
	requests := expectRequests(t, 2)
	equal(t, "first", requests[0].Method+" "+requests[0].URL, "GET /v1/accounts/AC62")
	equal(t, "second", requests[1].Method+" "+requests[1].URL, "POST /v2/messages")
	equal(t, "form", requests[1].body(), "To=%2B15551230062&Body=Hello+from+two+specs")
	for _, r := range requests {
		equal(t, "Authorization", r.header("Authorization"), basic)
	}
}

// The client has the members of messaging v2's client (shortcuts: messaging/v2): the same service,
// whose calls reach messaging v2's paths.
func TestTheClientsShortcutIsTheMountsMember(t *testing.T) {
	var got []string
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		got = append(got, r.Method+" "+r.URL.Path+" "+string(body))
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusCreated)
		_, _ = io.WriteString(w, `{"sid": "SM1", "status": "queued"}`)
	}))
	defer server.Close()
	client := example.NewClient(example.WithBaseURL(server.URL), example.WithBasicAuth(sid, "token-secret"))
	equal(t, "same service", client.Messages(), client.Messaging.V2().Messages)
	message, err := client.Messages().Create(context.Background(), messagingv2.MessagesCreateParams{To: "+15551230062", Body: "Hi"})
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "status", message.Status, messagingv2.Status("queued"))
	equal(t, "requests", fmt.Sprint(got), fmt.Sprint([]string{"POST /v2/messages To=%2B15551230062&Body=Hi"}))
}
