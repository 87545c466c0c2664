package conformance

import (
	"context"
	"fmt"
	"net/http"
	"runtime"
	"strings"
	"testing"
	"time"

	"kitchen-sink-sdk"
)

func TestS23ReservedWords(t *testing.T) {
	load(t, "S23")
	s := kitchensink.Some[string]
	params := kitchensink.MiscCreateReservedWordsParams{
		Class: s("v-class"), Def: s("v-def"), From: s("v-from"), Import: s("v-import"), Package: s("v-package"),
		Func: s("v-func"), Type: s("v-type"), Interface: s("v-interface"), Default: s("v-default"),
		Async: kitchensink.Some(true), Await: kitchensink.Some(false), Yield: kitchensink.Some(int64(3)),
		Self: s("v-self"), This: s("v-this"), New: kitchensink.Some(true), Delete: kitchensink.Some(false),
		None: s("v-None"), Nil: s("v-nil"), Null: s("v-null"), True: kitchensink.Some(true), Range: s("v-range"),
		Select: s("v-select"), Chan: s("v-chan"), Go: s("v-go"), Fn: s("v-fn"), Match: s("v-match"),
		ContentType: s("v-content-type"), ID: s("v-@id"), Schema: s("v-$schema"), SnakeCase: s("v-snake_case"),
		CamelCase: s("v-camelCase"), PascalCase: s("v-PascalCase"), ScreamingCase: s("v-SCREAMING_CASE"),
		WithSpace: s("v-with space"), Unicode: s("v-ünïcödé"),
	}
	words, err := standardClient().Misc.CreateReservedWords(context.Background(), params)
	if err != nil {
		t.Fatal(err)
	}
	const body = `{"class":"v-class","def":"v-def","from":"v-from","import":"v-import","package":"v-package","func":"v-func",` +
		`"type":"v-type","interface":"v-interface","default":"v-default","async":true,"await":false,"yield":3,"self":"v-self",` +
		`"this":"v-this","new":true,"delete":false,"None":"v-None","nil":"v-nil","null":"v-null","true":true,"range":"v-range",` +
		`"select":"v-select","chan":"v-chan","go":"v-go","fn":"v-fn","match":"v-match","content-type":"v-content-type",` +
		`"@id":"v-@id","$schema":"v-$schema","snake_case":"v-snake_case","camelCase":"v-camelCase","PascalCase":"v-PascalCase",` +
		`"SCREAMING_CASE":"v-SCREAMING_CASE","with space":"v-with space","ünïcödé":"v-ünïcödé"}`
	r := expectRequests(t, 1)[0]
	equal(t, "request", r.Method+" "+r.URL, "POST /v1/misc/reserved-words")
	equal(t, "Content-Type", mediaType(r.header("Content-Type")), "application/json")
	equal(t, "body", r.body(), body)
	echoed, err := words.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "returned", string(echoed), body)
}

func TestS24UsageMaps(t *testing.T) {
	load(t, "S24")
	usage, err := standardClient().Misc.GetUsageMaps(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "kind", usage.Kind, "usage")
	equal(t, "sms", usage.Counters["sms"], int64(9007199254740993))
	equal(t, "negative", usage.Counters["negative"], int64(-9007199254740993))
	voice, ok := usage.ByCategory.Or(nil)["voice"]
	equal(t, "by_category.voice empty", ok && len(voice) == 0, true)
	equal(t, "by_category.sms.inbound", usage.ByCategory.Or(nil)["sms"]["inbound"], 1.5)
	equal(t, "raw", string(usage.Raw.Or(nil)), `{"nested":[1,"two",null,true,{"deep":[]}],"n":-0.5}`)
	labels := usage.Labels.Or(nil)
	equal(t, "labels", string(labels["team"])+" "+string(labels["tier"])+" "+string(labels["beta"]), `"ops" 3 true`)
	equal(t, "empty", usage.Empty.IsSet() && len(usage.Empty.Or(nil)) == 0, true)
	r := expectRequests(t, 1)[0]
	equal(t, "request", r.Method+" "+r.URL, "GET /v1/misc/maps")
}

func TestS25ServerSentEvents(t *testing.T) {
	load(t, "S25")
	started := time.Now()
	var events []string
	var firstAfter time.Duration
	for event, err := range standardClient().Misc.StreamEvents(context.Background()) {
		if err != nil {
			t.Fatal(err)
		}
		if events == nil {
			firstAfter = time.Since(started)
		}
		events = append(events, fmt.Sprintf("%s %s %s", event.MessageSID, event.MessageStatus, event.ErrorCode.Or("-")))
	}
	total := time.Since(started)
	equal(t, "events", fmt.Sprint(events), "[SM025 queued - SM025 sent - SM025 undelivered 30008]")
	equal(t, fmt.Sprintf("first event (%v) before the end (%v)", firstAfter, total), firstAfter < total-100*time.Millisecond, true)
	r := expectRequests(t, 1)[0]
	equal(t, "request", r.Method+" "+r.URL, "GET /v1/misc/events")
	if accept := r.header("Accept"); accept != "" {
		equal(t, "Accept", accept, "text/event-stream")
	}
}

func TestS29RegionServerVariable(t *testing.T) {
	load(t, "S29")
	transport := &forwarder{}
	for _, opts := range [][]kitchensink.Option{{kitchensink.WithRegion("ie1")}, nil} {
		all := append([]kitchensink.Option{kitchensink.WithHTTPClient(&http.Client{Transport: transport}),
			kitchensink.WithAccountAuth(sid, "token-secret")}, opts...)
		text, err := kitchensink.NewClient(all...).Misc.GetHealth(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		equal(t, "body", text, "ok")
	}
	equal(t, "transport", fmt.Sprint(transport.seen),
		"[GET https://ie1.api.kitchensink.test/v1/health GET https://us1.api.kitchensink.test/v1/health]")
	text, err := standardClient().Misc.GetHealth(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "body", text, "ok")
	for _, r := range expectRequests(t, 3) {
		equal(t, "request", r.Method+" "+r.URL, "GET /v1/health")
	}
}

func TestS30CredentialsFromTheEnvironment(t *testing.T) {
	load(t, "S30")
	for _, name := range []string{"KITCHEN_SINK_USERNAME", "KITCHEN_SINK_PASSWORD", "KITCHEN_SINK_TOKEN", "KITCHEN_SINK_API_KEY"} {
		t.Setenv(name, "")
	}
	baseOnly := func() *kitchensink.Client { return kitchensink.NewClient(kitchensink.WithBaseURL(wiremock + "/v1")) }
	t.Setenv("KITCHEN_SINK_USERNAME", sid)
	t.Setenv("KITCHEN_SINK_PASSWORD", "token-secret")
	if _, err := baseOnly().Accounts.Fetch(context.Background(), sid); err != nil {
		t.Fatal(err)
	}
	t.Setenv("KITCHEN_SINK_USERNAME", "")
	t.Setenv("KITCHEN_SINK_PASSWORD", "")
	t.Setenv("KITCHEN_SINK_TOKEN", "bearer-token")
	if _, err := baseOnly().Accounts.Fetch(context.Background(), sid); err != nil {
		t.Fatal(err)
	}
	t.Setenv("KITCHEN_SINK_TOKEN", "")
	_, err := baseOnly().Accounts.Fetch(context.Background(), sid)
	equal(t, fmt.Sprintf("error naming KITCHEN_SINK_USERNAME (%v)", err), err != nil && strings.Contains(err.Error(), "KITCHEN_SINK_USERNAME"), true)
	requests := expectRequests(t, 2)
	equal(t, "(a)", requests[0].header("Authorization"), basic)
	equal(t, "(b)", requests[1].header("Authorization"), "Bearer bearer-token")
	for _, r := range requests {
		equal(t, "request", r.Method+" "+r.URL, "GET /v1/accounts/"+sid)
	}
}

func TestS50UserAgentNamesTheSdkItsVersionAndGo(t *testing.T) {
	load(t, "S50")
	health, err := standardClient().Misc.GetHealth(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "answer", health, "ok")
	r := expectRequests(t, 1)[0]
	equal(t, "User-Agent", r.header("User-Agent"), "kitchen-sink-sdk/1.0.0 go/"+strings.TrimPrefix(runtime.Version(), "go"))
}
