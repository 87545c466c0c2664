package conformance

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"kitchen-sink-sdk"
	"kitchen-sink-sdk/core"
)

// messageSIDs iterates listMessages to the end and returns the SIDs and the error that ended it.
func messageSIDs(client *kitchensink.Client, pageSize int64) ([]string, error) {
	var sids []string
	for message, err := range client.Messages.List(context.Background(), sid, kitchensink.MessagesListParams{PageSize: kitchensink.Some(pageSize)}) {
		if err != nil {
			return sids, err
		}
		sids = append(sids, message.SID)
	}
	return sids, nil
}

func TestS31NextLinkOnTheAPIOrigin(t *testing.T) {
	load(t, "S31")
	sids, err := messageSIDs(standardClient(kitchensink.WithBaseURL(wiremock+"/edge/v1")), 2)
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "messages", fmt.Sprint(sids), "[SM311 SM312 SM313 SM314 SM315]")
	requests := expectRequests(t, 3)
	base := "/edge/v1/accounts/" + sid + "/messages?PageSize=2"
	for i, want := range []string{base, base + "&Page=1&PageToken=PA312", base + "&Page=2&PageToken=PA314"} {
		equal(t, fmt.Sprintf("request %d", i+1), requests[i].URL, want)
		equal(t, "Authorization", requests[i].header("Authorization"), basic)
		equal(t, "not foreign", requests[i].header("X-Switchboard-Foreign"), "")
	}
}

func TestS32NextLinkToAnotherOrigin(t *testing.T) {
	for _, size := range []int64{2, 3} {
		load(t, "S32")
		started := time.Now()
		sids, err := messageSIDs(standardClient(), size)
		var foreign *core.ForeignLinkError
		equal(t, fmt.Sprintf("page size %d: a foreign-link error (%v)", size, err), errors.As(err, &foreign), true)
		equal(t, "at once", time.Since(started) < time.Second, true)
		equal(t, "messages before it", fmt.Sprint(sids), "[SM321 SM322]")
		r := expectRequests(t, 1)[0]
		equal(t, "request", r.URL, fmt.Sprintf("/v1/accounts/%s/messages?PageSize=%d", sid, size))
		equal(t, "not foreign", r.header("X-Switchboard-Foreign"), "")
	}
	load(t, "S32")
	sids, err := messageSIDs(standardClient(kitchensink.WithFollowForeignLinks(true)), 2)
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "messages", fmt.Sprint(sids), "[SM321 SM322 SM323]")
	requests := expectRequests(t, 2)
	equal(t, "first has credentials", requests[0].header("Authorization"), basic)
	equal(t, "second", requests[1].URL, "/v1/accounts/"+sid+"/messages?PageSize=2&Page=1&PageToken=PF322")
	equal(t, "second is foreign", requests[1].header("X-Switchboard-Foreign"), "1")
	noCredentials(t, requests[1])
}

func noCredentials(t *testing.T, r seen) {
	t.Helper()
	for _, name := range []string{"Authorization", "X-Api-Key", "Cookie"} {
		equal(t, name, r.header(name), "")
	}
}

func TestS33Redirects(t *testing.T) {
	load(t, "S33")
	client := standardClient()
	ctx := context.Background()
	account, err := client.Accounts.Fetch(ctx, sid)
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "(a) account", account.SID, sid)
	media, err := client.Recordings.DownloadMedia(ctx, "RE0330")
	if err != nil {
		t.Fatal(err)
	}
	landed, _ := io.ReadAll(media)
	media.Close()
	equal(t, "(b) media", string(landed), "RIFF-landed")
	if _, err := client.Accounts.Fetch(ctx, "AC00000000000000000000000000000308"); err != nil {
		t.Fatal(err)
	}
	message, err := client.Messages.Create(ctx, sid, kitchensink.MessagesCreateParams{To: "+15551230001", Body: kitchensink.Some("see other")})
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "(d) message", message.SID, "SM333")
	_, err = client.Messages.Fetch(ctx, sid, "SMloop")
	var tooMany *core.TooManyRedirectsError
	equal(t, fmt.Sprintf("(e) too many redirects (%v)", err), errors.As(err, &tooMany), true)
	requests := expectRequests(t, 19)
	equal(t, "(a) first", requests[0].URL+" "+requests[0].header("Authorization"), "/v1/accounts/"+sid+" "+basic)
	equal(t, "(a) landing", requests[1].URL+" "+requests[1].header("X-Switchboard-Foreign"), "/v1/landing/accounts/"+sid+" 1")
	noCredentials(t, requests[1])
	equal(t, "(b) first key", requests[2].header("X-Api-Key"), "key-123")
	equal(t, "(b) landing", requests[3].header("X-Switchboard-Foreign"), "1")
	noCredentials(t, requests[3])
	equal(t, "(c) both with credentials", requests[4].header("Authorization")+requests[5].header("Authorization"), basic+basic)
	equal(t, "(d) post", requests[6].Method+" "+requests[6].body(), "POST To=%2B15551230001&Body=see+other")
	equal(t, "(d) get", requests[7].Method+" "+requests[7].URL, "GET /v1/accounts/"+sid+"/messages/SM333")
	equal(t, "(d) get has no body or type", requests[7].body()+requests[7].header("Content-Type"), "")
	equal(t, "(d) get credentials", requests[7].header("Authorization"), basic)
	for _, r := range requests[8:] {
		equal(t, "(e)", r.URL, "/v1/accounts/"+sid+"/messages/SMloop")
	}
}

func TestS34DotsAsPathValues(t *testing.T) {
	load(t, "S34")
	client := standardClient()
	ctx := context.Background()
	for _, value := range []string{".", ".."} {
		_, err := client.Messages.Fetch(ctx, sid, value)
		var invalid *core.InvalidRequestError
		equal(t, fmt.Sprintf("message %q refused (%v)", value, err), errors.As(err, &invalid), true)
		_, err = client.Accounts.Fetch(ctx, value)
		equal(t, fmt.Sprintf("account %q refused (%v)", value, err), errors.As(err, &invalid), true)
	}
	expectRequests(t, 0)
	for _, value := range []string{"...", "%2E%2E"} {
		message, err := client.Messages.Fetch(ctx, sid, value)
		if err != nil {
			t.Fatal(err)
		}
		equal(t, "sid", message.SID, value)
	}
	requests := expectRequests(t, 2)
	equal(t, "...", requests[0].URL, "/v1/accounts/"+sid+"/messages/...")
	equal(t, "%2E%2E", requests[1].URL, "/v1/accounts/"+sid+"/messages/%252E%252E")
}

func TestS35UndecodableBodies(t *testing.T) {
	load(t, "S35")
	client := standardClient()
	ctx := context.Background()
	var decode *core.DecodeError
	_, err := client.Accounts.Fetch(ctx, sid)
	equal(t, fmt.Sprintf("(a) decoding error (%v)", err), errors.As(err, &decode) && decode.StatusCode == 200 &&
		strings.HasPrefix(string(decode.Body), `{"sid":"AC0123456789abcdef0123456789abcdef","friendly_name":`), true)
	var listErr error
	for _, err := range client.Calls.List(ctx, kitchensink.CallsListParams{}) {
		listErr = err
		break
	}
	equal(t, fmt.Sprintf("(b) decoding error (%v)", listErr), errors.As(listErr, &decode), true)
	_, err = client.Calls.Fetch(ctx, 3503)
	equal(t, fmt.Sprintf("(c) decoding error (%v)", err), errors.As(err, &decode), true)
	_, err = client.Calls.Fetch(ctx, 3504)
	var apiErr *kitchensink.APIError
	equal(t, "(d) not found", errors.As(err, &apiErr) && apiErr.StatusCode == 404 && len(apiErr.Body) == 100002, true)
	var events []string
	var streamErr error
	for event, err := range client.Misc.StreamEvents(ctx) {
		if err != nil {
			streamErr = err
			break
		}
		events = append(events, event.MessageSID)
	}
	equal(t, "(e) first event", fmt.Sprint(events), "[SM035]")
	equal(t, fmt.Sprintf("(e) decoding error (%v)", streamErr), errors.As(streamErr, &decode) &&
		string(decode.Body) == `{"MessageSid":`, true)
	expectRequests(t, 5)
}

func TestS36LineBreaksInHeaderValues(t *testing.T) {
	load(t, "S36")
	ctx := context.Background()
	for _, value := range []string{"abc\r\nX-Injected: yes", "abc\nX-Injected: yes", "abc\r"} {
		started := time.Now()
		var invalid *core.InvalidRequestError
		for _, err := range standardClient().Calls.List(ctx, kitchensink.CallsListParams{XRequestTrace: kitchensink.Some(value)}) {
			equal(t, fmt.Sprintf("listCalls %q refused (%v)", value, err), errors.As(err, &invalid), true)
			break
		}
		_, err := standardClient().Accounts.Fetch(ctx, sid, kitchensink.WithHeader("X-Note", value))
		equal(t, fmt.Sprintf("per-call header %q refused (%v)", value, err), errors.As(err, &invalid), true)
		_, err = standardClient(kitchensink.WithHeader("X-Note", value)).Accounts.Fetch(ctx, sid)
		equal(t, fmt.Sprintf("client header %q refused (%v)", value, err), errors.As(err, &invalid), true)
		equal(t, "within 0.5 s", time.Since(started) < 500*time.Millisecond, true)
	}
	expectRequests(t, 0)
}
