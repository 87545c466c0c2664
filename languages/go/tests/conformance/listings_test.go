package conformance

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"sort"
	"strings"
	"testing"

	"kitchen-sink-sdk"
	"kitchen-sink-sdk/core"
)

// collect iterates to the end and returns each item's text, or fails the test on an error.
func collect[T any](t *testing.T, items iter.Seq2[T, error], text func(T) string) string {
	t.Helper()
	var out []string
	for item, err := range items {
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, text(item))
	}
	return strings.Join(out, " ")
}

// queries returns each request's decoded query as sorted name=value pairs.
func queries(requests []seen) []string {
	out := make([]string, len(requests))
	for i, r := range requests {
		var pairs []string
		for name, v := range r.QueryParams {
			for _, value := range v.Values {
				pairs = append(pairs, name+"="+value)
			}
		}
		sort.Strings(pairs)
		out[i] = strings.Join(pairs, "&")
	}
	return out
}

func contactID(c kitchensink.Contact) string { return c.ID }

func TestS40LenientResponses(t *testing.T) {
	load(t, "S40")
	client := standardClient()
	account, err := client.Accounts.Fetch(context.Background(), sid)
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "sid", account.SID, sid)
	equal(t, "status", account.Status, kitchensink.AccountStatusActive)
	equal(t, "type", account.Type.Or(""), kitchensink.AccountTypeFull)
	equal(t, "date_created", account.DateCreated.IsZero(), false)
	equal(t, "balance", account.Balance.Or(""), "12.50")
	equal(t, "2fa_enabled absent", account.X2faEnabled.IsSet(), false)
	equal(t, "2fa_enabled raw", string(account.Extra["2fa_enabled"]), `"maybe"`)
	equal(t, "subresource_uris absent", account.SubresourceUris.IsSet(), false)
	equal(t, "subresource_uris raw", string(account.Extra["subresource_uris"]), `["/v1/accounts/`+sid+`/messages"]`)
	equal(t, "region", string(account.Extra["region"]), `"eu-west"`)
	equal(t, "friendly_name missing", account.FriendlyName, "")
	_, err = client.Accounts.Fetch(context.Background(), "AC00000000000000000000000000000040")
	var decode *core.DecodeError
	equal(t, fmt.Sprintf("(b) decoding error (%v)", err), errors.As(err, &decode), true)
	requests := expectRequests(t, 2)
	equal(t, "first", requests[0].URL, "/v1/accounts/"+sid)
	equal(t, "second", requests[1].URL, "/v1/accounts/AC00000000000000000000000000000040")
}

func TestS41LinkHeader(t *testing.T) {
	load(t, "S41")
	got := collect(t, standardClient().Listings.ListContacts(context.Background(),
		kitchensink.ListingsListContactsParams{PerPage: kitchensink.Some(int64(2))}), contactID)
	equal(t, "contacts", got, "CT001 CT002 CT003 CT004 CT005")
	requests := expectRequests(t, 3)
	for i, want := range []string{"/v1/listings/contacts?per_page=2", "/v1/listings/contacts?per_page=2&page=2",
		"/v1/listings/contacts?per_page=2&page=3"} {
		equal(t, fmt.Sprintf("request %d", i+1), requests[i].URL, want)
		equal(t, "Authorization", requests[i].header("Authorization"), basic)
	}
}

func TestS42HasMoreAndStartingAfter(t *testing.T) {
	load(t, "S42")
	got := collect(t, standardClient().Listings.ListCharges(context.Background(),
		kitchensink.ListingsListChargesParams{Limit: kitchensink.Some(int64(2))}), contactID)
	equal(t, "charges", got, "ch_001 ch_002 ch_003 ch_004 ch_005")
	equal(t, "queries", fmt.Sprint(queries(expectRequests(t, 3))),
		"[limit=2 limit=2&starting_after=ch_002 limit=2&starting_after=ch_004]")
}

func TestS43NextTokenField(t *testing.T) {
	load(t, "S43")
	got := collect(t, standardClient().Listings.ListNotes(context.Background(),
		kitchensink.ListingsListNotesParams{PageSize: kitchensink.Some(int64(2))}), contactID)
	equal(t, "notes", got, "NT001 NT002 NT003 NT004 NT005")
	equal(t, "queries", fmt.Sprint(queries(expectRequests(t, 3))),
		"[page_size=2 page_size=2&page_token=tok-2 page_size=2&page_token=tok-3]")
}

func TestS44PageNumberWithAShortLastPage(t *testing.T) {
	load(t, "S44")
	got := collect(t, standardClient().Listings.ListTags(context.Background(),
		kitchensink.ListingsListTagsParams{PerPage: kitchensink.Some(int64(2))}), contactID)
	equal(t, "tags", got, "TG001 TG002 TG003 TG004 TG005")
	equal(t, "queries", fmt.Sprint(queries(expectRequests(t, 3))), "[per_page=2 page=2&per_page=2 page=3&per_page=2]")
}

func TestS59ItemLimit(t *testing.T) {
	list := func(params kitchensink.ListingsListChargesParams) string {
		return collect(t, standardClient().Listings.ListCharges(context.Background(), params), contactID)
	}
	load(t, "S59")
	equal(t, "(a)", list(kitchensink.ListingsListChargesParams{Limit: kitchensink.Some(int64(2)), MaxItems: kitchensink.Some(5)}),
		"ch_001 ch_002 ch_003 ch_004 ch_005")
	expectRequests(t, 3)
	load(t, "S59")
	equal(t, "(b)", list(kitchensink.ListingsListChargesParams{Limit: kitchensink.Some(int64(2)), MaxItems: kitchensink.Some(4)}),
		"ch_001 ch_002 ch_003 ch_004")
	equal(t, "(b) queries", fmt.Sprint(queries(expectRequests(t, 2))), "[limit=2 limit=2&starting_after=ch_002]")
	load(t, "S59")
	equal(t, "(c)", list(kitchensink.ListingsListChargesParams{MaxItems: kitchensink.Some(3)}), "ch_001 ch_002 ch_003")
	equal(t, "(c) queries", fmt.Sprint(queries(expectRequests(t, 2))), "[limit=3 limit=3&starting_after=ch_002]")
	load(t, "S59")
	equal(t, "(d)", list(kitchensink.ListingsListChargesParams{MaxItems: kitchensink.Some(500)}),
		"ch_001 ch_002 ch_003 ch_004 ch_005 ch_006")
	equal(t, "(d) queries", fmt.Sprint(queries(expectRequests(t, 3))),
		"[limit=100 limit=100&starting_after=ch_002 limit=100&starting_after=ch_004]")
	load(t, "S59")
	for _, limit := range []int{0, -1} {
		for _, err := range standardClient().Listings.ListCharges(context.Background(),
			kitchensink.ListingsListChargesParams{MaxItems: kitchensink.Some(limit)}) {
			var invalid *core.InvalidRequestError
			equal(t, fmt.Sprintf("limit %d refused (%v)", limit, err), errors.As(err, &invalid) &&
				strings.Contains(err.Error(), "item limit"), true)
			break
		}
	}
	expectRequests(t, 0)
}
