package conformance

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"kitchen-sink-sdk"
	"kitchen-sink-sdk/core"
)

func TestS45DeepObjectsInAFormBody(t *testing.T) {
	load(t, "S45")
	intent, err := standardClient().PaymentIntents.Create(context.Background(), kitchensink.PaymentIntentsCreateParams{
		Amount: 2000, Currency: "usd",
		PaymentMethodTypes: kitchensink.Some([]string{"card"}),
		Expand:             kitchensink.Some([]string{"customer", "latest_charge"}),
		Metadata:           kitchensink.Some(map[string]string{"order_id": "6735"}),
		Shipping: kitchensink.Some(kitchensink.PaymentIntentCreateShipping{Name: "Jenny Rosen",
			Address: kitchensink.Some(kitchensink.PaymentIntentCreateShippingAddress{
				Line1: kitchensink.Some("1 Main St"), City: kitchensink.Some("Dublin")})}),
	})
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "id", intent.ID, "pi_045")
	r := expectRequests(t, 1)[0]
	equal(t, "request", r.Method+" "+r.URL, "POST /v1/payment_intents")
	equal(t, "Authorization", r.header("Authorization"), basic)
	equal(t, "Content-Type", mediaType(r.header("Content-Type")), "application/x-www-form-urlencoded")
	equal(t, "body", r.body(), "amount=2000&currency=usd&payment_method_types%5B0%5D=card&expand%5B0%5D=customer"+
		"&expand%5B1%5D=latest_charge&metadata%5Border_id%5D=6735&shipping%5Bname%5D=Jenny+Rosen"+
		"&shipping%5Baddress%5D%5Bline1%5D=1+Main+St&shipping%5Baddress%5D%5Bcity%5D=Dublin")
}

// A Go map has no order: its exploded properties are sent sorted by name, as encoding/json writes them.
func TestS46ExplicitEncodings(t *testing.T) {
	load(t, "S46")
	intent, err := standardClient().PaymentIntents.Update(context.Background(), "pi_046", kitchensink.PaymentIntentsUpdateParams{
		Description:        kitchensink.Some("Rush order"),
		PaymentMethodTypes: kitchensink.Some([]string{"card", "sepa_debit"}),
		Labels:             kitchensink.Some([]string{"gift", "rush"}),
		Metadata:           kitchensink.Some(map[string]string{"order_id": "6735", "channel": "web"}),
	})
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "id", intent.ID, "pi_046")
	equal(t, "status", string(intent.Status), "processing")
	r := expectRequests(t, 1)[0]
	equal(t, "request", r.Method+" "+r.URL, "POST /v1/payment_intents/pi_046")
	equal(t, "body", r.body(),
		"description=Rush+order&payment_method_types=card%2Csepa_debit&labels=gift%7Crush&channel=web&order_id=6735")
}

func TestS47IdempotencyKeyAndDefaultHeaders(t *testing.T) {
	load(t, "S47")
	ctx := context.Background()
	intent, err := standardClient().PaymentIntents.Create(ctx, kitchensink.PaymentIntentsCreateParams{Amount: 500, Currency: "eur"})
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "id", intent.ID, "pi_047")
	for _, call := range []func() (string, error){
		func() (string, error) {
			return standardClient(kitchensink.WithHeader("kitchensink-version", "2027-01-01")).Misc.GetHealth(ctx)
		},
		func() (string, error) {
			return standardClient().Misc.GetHealth(ctx, kitchensink.WithHeader("KitchenSink-Version", "2028-01-01"))
		},
	} {
		text, err := call()
		if err != nil {
			t.Fatal(err)
		}
		equal(t, "health", text, "ok")
	}
	requests := expectRequests(t, 4)
	key := requests[0].header("Idempotency-Key")
	for _, r := range requests[:2] {
		equal(t, "request", r.Method+" "+r.URL+" "+r.body(), "POST /v1/payment_intents amount=500&currency=eur")
		equal(t, "the same key", r.header("Idempotency-Key") != "" && r.header("Idempotency-Key") == key, true)
		equal(t, "default header", r.header("KitchenSink-Version"), "2026-11-01")
	}
	gap := requests[1].LoggedDate - requests[0].LoggedDate
	equal(t, fmt.Sprintf("retry after %d ms", gap), gap >= 900 && gap < 3000, true)
	equal(t, "client header", requests[2].header("KitchenSink-Version"), "2027-01-01")
	equal(t, "call header", requests[3].header("KitchenSink-Version"), "2028-01-01")
}

func TestS48TypedErrorFields(t *testing.T) {
	load(t, "S48")
	ctx := context.Background()
	_, err := standardClient().PaymentIntents.Create(ctx, kitchensink.PaymentIntentsCreateParams{Amount: 100, Currency: "usd"})
	var apiErr *kitchensink.APIError
	if !errors.As(err, &apiErr) {
		t.Fatalf("want *APIError, got %v", err)
	}
	equal(t, "status", apiErr.StatusCode, 402)
	equal(t, "code", apiErr.Code, "card_declined")
	equal(t, "message", apiErr.Message, "Your card has insufficient funds.")
	equal(t, "both in the error's text", strings.Contains(err.Error(), "card_declined") &&
		strings.Contains(err.Error(), "Your card has insufficient funds."), true)
	body, ok := apiErr.Model.(*kitchensink.APIErrorBody)
	if !ok {
		t.Fatalf("want the body as *APIErrorBody, got %T", apiErr.Model)
	}
	equal(t, "decline_code", body.Error.DeclineCode.Or(""), "insufficient_funds")
	equal(t, "param", body.Error.Param.Or(""), "payment_method")
	equal(t, "raw body", strings.HasPrefix(string(apiErr.Body), `{"error":{"type":"card_error"`), true)
	_, err = standardClient().Accounts.Fetch(ctx, "AC00000000000000000000000000000404")
	if !errors.As(err, &apiErr) {
		t.Fatalf("want *APIError, got %v", err)
	}
	equal(t, "(b) code", apiErr.Code, "20404")
	equal(t, "(b) text", strings.Contains(err.Error(), "20404") && strings.Contains(err.Error(), "was not found"), true)
	expectRequests(t, 2)
}

func TestS51RFC2822DateTimes(t *testing.T) {
	load(t, "S51")
	remindAt := time.Date(2023, 8, 24, 5, 1, 45, 0, time.UTC)
	notBefore := time.Date(2023, 8, 24, 7, 1, 45, 0, time.FixedZone("", 2*3600))
	reminder, err := standardClient().Reminders.Create(context.Background(), kitchensink.RemindersCreateParams{
		AccountSID: kitchensink.Some(sid), RemindAt: core.RFC2822Time{Time: remindAt},
		NotBefore: kitchensink.Some(core.RFC2822Time{Time: notBefore}), Note: kitchensink.Some("call back"),
	})
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "sid", reminder.SID, "RM051")
	equal(t, "remind_at", reminder.RemindAt.Equal(remindAt), true)
	created, _ := reminder.DateCreated.Get()
	equal(t, "date_created", created.Equal(time.Date(2024, 1, 4, 10, 0, 0, 0, time.UTC)), true)
	r := expectRequests(t, 1)[0]
	equal(t, "request", r.Method+" "+strings.SplitN(r.URL, "?", 2)[0], "POST /v1/accounts/"+sid+"/reminders")
	equal(t, "NotBefore", fmt.Sprint(r.QueryParams["NotBefore"].Values), "[Thu, 24 Aug 2023 07:01:45 +0200]")
	equal(t, "body", r.body(), "RemindAt=Thu%2C+24+Aug+2023+05%3A01%3A45+%2B0000&Note=call+back")
}

func TestS52AbsolutePathNextLink(t *testing.T) {
	load(t, "S52")
	sids, err := messageSIDs(standardClient(kitchensink.WithBaseURL(wiremock+"/edge/v1")), 2)
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "messages", fmt.Sprint(sids), "[SM521 SM522 SM523]")
	requests := expectRequests(t, 2)
	equal(t, "first", requests[0].URL, "/edge/v1/accounts/"+sid+"/messages?PageSize=2")
	equal(t, "second", requests[1].URL, "/edge/v1/accounts/"+sid+"/messages?PageSize=2&Page=1&PageToken=PA522")
	for _, r := range requests {
		equal(t, "Authorization", r.header("Authorization"), basic)
	}
}

func TestS53PathParameterFromTheCredentials(t *testing.T) {
	load(t, "S53")
	for _, name := range []string{"KITCHEN_SINK_USERNAME", "KITCHEN_SINK_PASSWORD", "KITCHEN_SINK_TOKEN", "KITCHEN_SINK_API_KEY"} {
		t.Setenv(name, "")
	}
	ctx := context.Background()
	params := kitchensink.RemindersCreateParams{RemindAt: core.RFC2822Time{Time: time.Date(2023, 8, 24, 5, 1, 45, 0, time.UTC)}}
	reminder, err := standardClient().Reminders.Create(ctx, params)
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "(a) sid", reminder.SID, "RM053")
	bearer := kitchensink.NewClient(kitchensink.WithBaseURL(wiremock+"/v1"), kitchensink.WithBearerAuth("bearer-token"))
	_, err = bearer.Reminders.Create(ctx, params)
	var missing *core.MissingCredentialsError
	equal(t, fmt.Sprintf("(b) missing credentials (%v)", err), errors.As(err, &missing) &&
		strings.Contains(err.Error(), "AccountSid") && strings.Contains(err.Error(), "KITCHEN_SINK_USERNAME"), true)
	keyed := kitchensink.NewClient(kitchensink.WithBaseURL(wiremock+"/v1"),
		kitchensink.WithAccountAuth("SK0123456789abcdef0123456789abcdef", "key-secret"), kitchensink.WithAccountSID(sid))
	if _, err := keyed.Reminders.Create(ctx, params); err != nil {
		t.Fatal(err)
	}
	requests := expectRequests(t, 2)
	for _, r := range requests {
		equal(t, "request", r.Method+" "+r.URL, "POST /v1/accounts/"+sid+"/reminders")
		equal(t, "body", r.body(), "RemindAt=Thu%2C+24+Aug+2023+05%3A01%3A45+%2B0000")
	}
	equal(t, "(a) Authorization", requests[0].header("Authorization"), basic)
	equal(t, "(c) Authorization", requests[1].header("Authorization"),
		"Basic U0swMTIzNDU2Nzg5YWJjZGVmMDEyMzQ1Njc4OWFiY2RlZjprZXktc2VjcmV0")
}

func TestS58OneOfAGroup(t *testing.T) {
	load(t, "S04")
	ctx := context.Background()
	_, err := standardClient().Accounts.Update(ctx, sid, kitchensink.AccountsUpdateParams{VoiceEnabled: kitchensink.Some(true)})
	var invalid *core.InvalidRequestError
	equal(t, fmt.Sprintf("refused (%v)", err), errors.As(err, &invalid) &&
		strings.Contains(err.Error(), "give at least one of FriendlyName, Status"), true)
	expectRequests(t, 0)
	account, err := standardClient().Accounts.Update(ctx, sid,
		kitchensink.AccountsUpdateParams{Status: kitchensink.Some(kitchensink.UpdateAccountRequestStatus("closed"))})
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "status", account.Status, kitchensink.AccountStatusClosed)
	equal(t, "body", expectRequests(t, 1)[0].body(), "Status=closed")
}
