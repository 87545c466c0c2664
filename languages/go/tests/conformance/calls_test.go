package conformance

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"testing"
	"time"

	"kitchen-sink-sdk"
	"kitchen-sink-sdk/core"
)

func TestS11CreateMessageValidationError(t *testing.T) {
	load(t, "S11")
	_, err := standardClient().Messages.Create(context.Background(), sid, kitchensink.MessagesCreateParams{To: "not-a-number"})
	var apiErr *kitchensink.APIError
	if !errors.As(err, &apiErr) {
		t.Fatalf("want *APIError, got %v", err)
	}
	equal(t, "status", apiErr.StatusCode, 422)
	equal(t, "code", apiErr.Code, "21211")
	body, ok := apiErr.Model.(*kitchensink.ValidationError)
	if !ok {
		t.Fatalf("want the body as *ValidationError, got %T", apiErr.Model)
	}
	fields := body.Fields.Or(nil)
	if len(fields) == 0 {
		t.Fatal("no fields in the validation error")
	}
	equal(t, "fields[0].name", fields[0].Name, "To")
	equal(t, "fields[0].reason", fields[0].Reason, "not a valid E.164 number")
	r := expectRequests(t, 1)[0]
	equal(t, "body", r.body(), "To=not-a-number")
	equal(t, "an idempotency key", r.header("Idempotency-Key") != "", true)
}

func TestS12FetchMessageUnknownEnumValue(t *testing.T) {
	load(t, "S12")
	message, err := standardClient().Messages.Fetch(context.Background(), sid, "SM012")
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "sid", message.SID, "SM012")
	equal(t, "status", string(message.Status), "scheduled-v2")
	r := expectRequests(t, 1)[0]
	equal(t, "request", r.Method+" "+r.URL, "GET /v1/accounts/"+sid+"/messages/SM012")
}

func TestS13FetchMessagePathEncoding(t *testing.T) {
	load(t, "S13")
	message, err := standardClient().Messages.Fetch(context.Background(), sid, "MM a/b?c")
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "sid", message.SID, "MM a/b?c")
	r := expectRequests(t, 1)[0]
	equal(t, "url", r.URL, "/v1/accounts/"+sid+"/messages/MM%20a%2Fb%3Fc")
}

func TestS14ListCallsCursorPages(t *testing.T) {
	load(t, "S14")
	params := kitchensink.CallsListParams{
		Status:        kitchensink.Some([]kitchensink.CallStatus{kitchensink.CallStatusQueued, kitchensink.CallStatusRinging}),
		Fields:        kitchensink.Some([]string{"id", "status"}),
		XRequestTrace: kitchensink.Some("123e4567-e89b-12d3-a456-426614174000"),
	}
	var ids []int64
	for call, err := range standardClient().Calls.List(context.Background(), params) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, call.ID)
	}
	equal(t, "ids", fmt.Sprint(ids), "[1001 1002 1003]")
	requests := expectRequests(t, 2)
	for i, want := range []string{"/v1/calls?status=queued&status=ringing&fields=id,status",
		"/v1/calls?cursor=cur_2&status=queued&status=ringing&fields=id,status"} {
		equal(t, fmt.Sprintf("request %d", i+1), requests[i].URL, want)
		equal(t, "X-Request-Trace", requests[i].header("X-Request-Trace"), "123e4567-e89b-12d3-a456-426614174000")
		equal(t, "Authorization", requests[i].header("Authorization"), basic)
	}
}

func TestS15CreateCallNullAndAbsent(t *testing.T) {
	load(t, "S15")
	params := kitchensink.CallsCreateParams{To: "+15551230001", From: "+15559870000",
		CorrelationID: kitchensink.Some(int64(9007199254740993)), CallerName: kitchensink.Null[string]()}
	absent := params
	absent.CallerName = core.Opt[string]{}
	wants := []string{
		`{"to":"+15551230001","from":"+15559870000","correlation_id":9007199254740993,"caller_name":null}`,
		`{"to":"+15551230001","from":"+15559870000","correlation_id":9007199254740993}`,
	}
	for i, p := range []kitchensink.CallsCreateParams{params, absent} {
		call, err := standardClient().Calls.Create(context.Background(), p)
		if err != nil {
			t.Fatal(err)
		}
		equal(t, "id", call.ID, int64(1015))
		metadata := call.Metadata.Or(nil)
		name, present := metadata["caller_name"]
		equal(t, fmt.Sprintf("call %d: caller_name present", i+1), present, i == 0)
		if present {
			equal(t, "caller_name", string(name), "null")
		}
		equal(t, "correlation_id", string(metadata["correlation_id"]), "9007199254740993")
	}
	requests := expectRequests(t, 2)
	for i, r := range requests {
		equal(t, "request", r.Method+" "+r.URL, "POST /v1/calls")
		equal(t, "Content-Type", mediaType(r.header("Content-Type")), "application/json")
		equal(t, fmt.Sprintf("body %d", i+1), r.body(), wants[i])
	}
}

func TestS16FetchCallInt64(t *testing.T) {
	load(t, "S16")
	call, err := standardClient().Calls.Fetch(context.Background(), 9007199254740993)
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "id", call.ID, int64(9007199254740993))
	equal(t, "status", call.Status, kitchensink.CallStatusCompleted)
	equal(t, "answered_on", call.AnsweredOn.Or(""), "2026-01-02")
	equal(t, "duration_seconds", call.DurationSeconds.Or(0), int64(42))
	equal(t, "recording is null", call.Recording.IsNull(), true)
	var metadata map[string]string
	raw, _ := json.Marshal(call.Metadata.Or(nil))
	_ = json.Unmarshal(raw, &metadata)
	equal(t, "metadata", metadata["trace"], "int64")
	r := expectRequests(t, 1)[0]
	equal(t, "url", r.URL, "/v1/calls/9007199254740993")
}

func TestS26ConnectionClosed(t *testing.T) {
	load(t, "S26")
	client := standardClient()
	call, err := client.Calls.Fetch(context.Background(), 1026)
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "id", call.ID, int64(1026))
	_, err = client.Calls.Create(context.Background(), kitchensink.CallsCreateParams{To: "+15551230001", From: "+15559870000"})
	var connection *core.ConnectionError
	equal(t, fmt.Sprintf("a connection error (%v)", err), errors.As(err, &connection), true)
	requests := expectRequests(t, 3)
	for i, want := range []string{"GET /v1/calls/1026", "GET /v1/calls/1026", "POST /v1/calls"} {
		equal(t, fmt.Sprintf("request %d", i+1), requests[i].Method+" "+requests[i].URL, want)
	}
}

func TestS27Timeout(t *testing.T) {
	load(t, "S27")
	started := time.Now()
	_, err := standardClient(kitchensink.WithTimeout(time.Second), kitchensink.WithMaxRetries(0)).Misc.GetHealth(context.Background())
	took := time.Since(started)
	if err == nil {
		t.Fatal("want a timeout")
	}
	var connection *core.ConnectionError
	equal(t, fmt.Sprintf("a connection error (%v)", err), errors.As(err, &connection), true)
	equal(t, "a deadline", errors.Is(err, context.DeadlineExceeded), true)
	equal(t, fmt.Sprintf("raised after %v", took), took >= time.Second && took < 2*time.Second, true)
	expectRequests(t, 1)
}
