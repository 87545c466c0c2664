package conformance

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"kitchen-sink-sdk"
)

func TestS06ListMessagesPageURLs(t *testing.T) {
	load(t, "S06")
	client := standardClient()
	params := kitchensink.MessagesListParams{PageSize: kitchensink.Some(int64(2))}
	var sids []string
	for message, err := range client.Messages.List(context.Background(), sid, params) {
		if err != nil {
			t.Fatal(err)
		}
		sids = append(sids, message.SID)
	}
	equal(t, "messages", fmt.Sprint(sids), "[SM001 SM002 SM003 SM004 SM005]")
	requests := expectRequests(t, 3)
	base := "/v1/accounts/" + sid + "/messages?PageSize=2"
	for i, want := range []string{base, base + "&Page=1&PageToken=PASM002", base + "&Page=2&PageToken=PASM004"} {
		equal(t, fmt.Sprintf("request %d", i+1), requests[i].Method+" "+requests[i].URL, "GET "+want)
		equal(t, "Authorization", requests[i].header("Authorization"), basic)
	}
	load(t, "S06")
	for _, err := range client.Messages.List(context.Background(), sid, params) {
		if err != nil {
			t.Fatal(err)
		}
		break
	}
	expectRequests(t, 1)
}

func TestS07ListMessagesQueryEncoding(t *testing.T) {
	load(t, "S07")
	params := kitchensink.MessagesListParams{
		DateSentAfter: kitchensink.Some(time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)),
		Status:        kitchensink.Some(kitchensink.MessageStatusQueued),
	}
	var first kitchensink.Message
	for message, err := range standardClient().Messages.List(context.Background(), sid, params) {
		if err != nil {
			t.Fatal(err)
		}
		first = message
		break
	}
	equal(t, "message", first.SID, "SM007")
	equal(t, "status", first.Status, kitchensink.MessageStatusQueued)
	r := expectRequests(t, 1)[0]
	equal(t, "url", r.URL, "/v1/accounts/"+sid+"/messages?DateSent%3E=2026-01-02T03:04:05Z&Status=queued")
	equal(t, "decoded DateSent>", fmt.Sprint(r.QueryParams["DateSent>"].Values), "[2026-01-02T03:04:05Z]")
	equal(t, "Authorization", r.header("Authorization"), basic)
}

func TestS08CreateMessage(t *testing.T) {
	load(t, "S08")
	client := standardClient()
	params := kitchensink.MessagesCreateParams{
		To:       "+15551230001",
		Body:     kitchensink.Some("Hello & welcome"),
		MediaURL: kitchensink.Some([]string{"https://cdn.kitchensink.test/a.png", "https://cdn.kitchensink.test/b.png"}),
	}
	keyed := params
	keyed.IdempotencyKey = kitchensink.Some("order-42")
	for _, p := range []kitchensink.MessagesCreateParams{keyed, params} {
		message, err := client.Messages.Create(context.Background(), sid, p)
		if err != nil {
			t.Fatal(err)
		}
		equal(t, "sid", message.SID, "SM100")
		equal(t, "body", message.Body, "Hello & welcome")
		equal(t, "price is null", message.Price.IsNull(), true)
		equal(t, "media", len(message.Media.Or(nil)), 2)
	}
	requests := expectRequests(t, 2)
	for _, r := range requests {
		equal(t, "request", r.Method+" "+r.URL, "POST /v1/accounts/"+sid+"/messages")
		equal(t, "Authorization", r.header("Authorization"), basic)
		equal(t, "Content-Type", mediaType(r.header("Content-Type")), "application/x-www-form-urlencoded")
		equal(t, "body", r.body(), "To=%2B15551230001&Body=Hello+%26+welcome&MediaUrl=https%3A%2F%2Fcdn.kitchensink.test%2Fa.png"+
			"&MediaUrl=https%3A%2F%2Fcdn.kitchensink.test%2Fb.png")
	}
	equal(t, "given key", requests[0].header("Idempotency-Key"), "order-42")
	generated := requests[1].header("Idempotency-Key")
	equal(t, "generated key", generated != "" && generated != "order-42", true)
}

func TestS09CreateMessageRetryAfter503(t *testing.T) {
	load(t, "S09")
	started := time.Now()
	message, err := standardClient().Messages.Create(context.Background(), sid,
		kitchensink.MessagesCreateParams{To: "+15551230001", Body: kitchensink.Some("retry me")})
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "sid", message.SID, "SM109")
	equal(t, "took about 1 s", time.Since(started) < 3*time.Second, true)
	requests := expectRequests(t, 2)
	for _, r := range requests {
		equal(t, "request", r.Method+" "+r.URL, "POST /v1/accounts/"+sid+"/messages")
		equal(t, "body", r.body(), "To=%2B15551230001&Body=retry+me")
	}
	key := requests[0].header("Idempotency-Key")
	equal(t, "a generated key", key != "", true)
	equal(t, "the same key", requests[1].header("Idempotency-Key"), key)
	gap := requests[1].LoggedDate - requests[0].LoggedDate
	equal(t, fmt.Sprintf("retry after %d ms", gap), gap >= 900 && gap < 3000, true)
}

func TestS10CreateMessageRateLimited(t *testing.T) {
	load(t, "S10")
	_, err := standardClient().Messages.Create(context.Background(), sid,
		kitchensink.MessagesCreateParams{To: "+15551230001", Body: kitchensink.Some("finally")})
	var apiErr *kitchensink.APIError
	if !errors.As(err, &apiErr) {
		t.Fatalf("want *APIError, got %v", err)
	}
	equal(t, "status", apiErr.StatusCode, 429)
	equal(t, "rate limited", apiErr.RateLimited(), true)
	equal(t, "code", apiErr.Code, "20429")
	wait, ok := apiErr.RetryAfter()
	equal(t, "Retry-After", ok && wait == time.Second, true)
	requests := expectRequests(t, 3)
	key := requests[0].header("Idempotency-Key")
	for i, r := range requests {
		equal(t, "body", r.body(), "To=%2B15551230001&Body=finally")
		equal(t, fmt.Sprintf("key of request %d", i+1), r.header("Idempotency-Key"), key)
		if i > 0 {
			gap := r.LoggedDate - requests[i-1].LoggedDate
			equal(t, fmt.Sprintf("gap before request %d (%d ms)", i+1, gap), gap >= 900 && gap < 3000, true)
		}
	}
}
