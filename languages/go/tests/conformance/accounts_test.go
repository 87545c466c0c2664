package conformance

import (
	"context"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	"kitchen-sink-sdk"
)

func TestS01GetHealth(t *testing.T) {
	load(t, "S01")
	text, err := standardClient().Misc.GetHealth(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "body", text, "ok")
	r := expectRequests(t, 1)[0]
	equal(t, "request", r.Method+" "+r.URL, "GET /v1/health")
	equal(t, "Authorization", r.header("Authorization"), "")
	equal(t, "body sent", r.body(), "")
}

func TestS02FetchAccount(t *testing.T) {
	load(t, "S02")
	var raw *http.Response
	account, err := standardClient().Accounts.Fetch(context.Background(), sid, kitchensink.WithResponse(&raw))
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "sid", account.SID, sid)
	equal(t, "friendly_name", account.FriendlyName, "Kitchen Sink Ops")
	equal(t, "status", account.Status, kitchensink.AccountStatusActive)
	accountType, _ := account.Type.Get()
	equal(t, "type", accountType, kitchensink.AccountTypeFull)
	equal(t, "date_created", account.DateCreated.Equal(time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)), true)
	equal(t, "date_updated is null", account.DateUpdated.IsNull(), true)
	equal(t, "balance", account.Balance.Or(""), "12.50")
	equal(t, "2fa_enabled", account.X2faEnabled.Or(false), true)
	equal(t, "subresource_uris", account.SubresourceUris.Or(nil)["messages"], "/v1/accounts/"+sid+"/messages")
	equal(t, "raw status", raw.StatusCode, 200)
	equal(t, "X-RateLimit-Remaining", raw.Header.Get("X-RateLimit-Remaining"), "7")
	r := expectRequests(t, 1)[0]
	equal(t, "request", r.Method+" "+r.URL, "GET /v1/accounts/"+sid)
	equal(t, "Authorization", r.header("Authorization"), basic)
}

func TestS03FetchAccountNotFound(t *testing.T) {
	load(t, "S03")
	const missing = "AC00000000000000000000000000000404"
	_, err := standardClient().Accounts.Fetch(context.Background(), missing)
	var apiErr *kitchensink.APIError
	if !errors.As(err, &apiErr) {
		t.Fatalf("want *APIError, got %v", err)
	}
	equal(t, "status", apiErr.StatusCode, 404)
	equal(t, "not found", apiErr.NotFound(), true)
	equal(t, "code", apiErr.Code, "20404")
	equal(t, "message", apiErr.Message, "The requested resource /v1/accounts/"+missing+" was not found")
	equal(t, "raw body", string(apiErr.Body), `{"code":20404,"message":"The requested resource /v1/accounts/`+missing+
		` was not found","more_info":"https://www.kitchensink.test/docs/errors/20404","status":404}`)
	body, ok := apiErr.Model.(*kitchensink.Error)
	if !ok {
		t.Fatalf("want the body as *Error, got %T", apiErr.Model)
	}
	equal(t, "more_info", body.MoreInfo.Or(""), "https://www.kitchensink.test/docs/errors/20404")
	equal(t, "status field", body.Status.Or(0), int64(404))
	r := expectRequests(t, 1)[0]
	equal(t, "request", r.Method+" "+r.URL, "GET /v1/accounts/"+missing)
	equal(t, "Authorization", r.header("Authorization"), basic)
}

func TestS04UpdateAccount(t *testing.T) {
	load(t, "S04")
	account, err := standardClient().Accounts.Update(context.Background(), sid, kitchensink.AccountsUpdateParams{
		FriendlyName:        kitchensink.Some("Ops Team"),
		Status:              kitchensink.Some(kitchensink.UpdateAccountRequestStatus("suspended")),
		StatusCallbackEvent: kitchensink.Some([]string{"initiated", "ringing", "completed"}),
		VoiceEnabled:        kitchensink.Some(false),
	})
	if err != nil {
		t.Fatal(err)
	}
	const form = "FriendlyName=Ops+Team&Status=suspended&StatusCallbackEvent=initiated&StatusCallbackEvent=ringing" +
		"&StatusCallbackEvent=completed&VoiceEnabled=false"
	r := expectRequests(t, 1)[0]
	equal(t, "request", r.Method+" "+r.URL, "POST /v1/accounts/"+sid)
	equal(t, "Authorization", r.header("Authorization"), basic)
	equal(t, "Content-Type", mediaType(r.header("Content-Type")), "application/x-www-form-urlencoded")
	equal(t, "body", r.body(), form)
	equal(t, "friendly_name", account.FriendlyName, "Ops Team")
	equal(t, "status", account.Status, kitchensink.AccountStatus("suspended"))
	equal(t, "subresource_uris form", account.SubresourceUris.Or(nil)["form"], form)
}

func TestS05DeleteAccount(t *testing.T) {
	load(t, "S05")
	deleted, err := standardClient().Accounts.Delete(context.Background(), sid)
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "deleted", deleted, true)
	r := expectRequests(t, 1)[0]
	equal(t, "request", r.Method+" "+r.URL, "DELETE /v1/accounts/"+sid)
	equal(t, "Authorization", r.header("Authorization"), basic)
	equal(t, "body", r.body(), "")
	source, err := os.ReadFile(filepath.Join(os.Getenv("KITCHEN_SINK_SDK"), "accounts_service.go"))
	if err != nil {
		t.Fatal(err)
	}
	deprecated := regexp.MustCompile(`(?m)^// Deprecated: .*\nfunc \(s \*AccountsService\) Delete\(`)
	equal(t, "Delete is marked deprecated", deprecated.Match(source), true)
}

func mediaType(contentType string) string {
	for i, c := range contentType {
		if c == ';' {
			return contentType[:i]
		}
	}
	return contentType
}
