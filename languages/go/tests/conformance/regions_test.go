package conformance

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"kitchen-sink-sdk"
	"kitchen-sink-sdk/core"
)

// mediaClient is the S55 client: no base URL, a transport that records and forwards, and opts.
func mediaClient(transport *forwarder, opts ...kitchensink.Option) *kitchensink.Client {
	all := append([]kitchensink.Option{kitchensink.WithHTTPClient(&http.Client{Transport: transport}),
		kitchensink.WithAccountAuth(sid, "token-secret")}, opts...)
	return kitchensink.NewClient(all...)
}

func upload(client *kitchensink.Client) error {
	_, err := client.Recordings.Upload(context.Background(), 42, kitchensink.RecordingsUploadParams{
		File: kitchensink.File{Name: "greeting.wav", ContentType: "audio/wav", Content: bytes.NewReader(b256)}})
	return err
}

func TestS55RegionAndEdgeHosts(t *testing.T) {
	load(t, "S17")
	t.Setenv("KITCHEN_SINK_MEDIA_REGION", "")
	t.Setenv("KITCHEN_SINK_MEDIA_EDGE", "")
	cases := []struct {
		env  [2]string
		opts []kitchensink.Option
		host string
	}{
		{host: "media.kitchensink.test"},
		{opts: []kitchensink.Option{kitchensink.WithMediaRegion("ie1"), kitchensink.WithMediaEdge("dublin")}, host: "media.dublin.ie1.kitchensink.test"},
		{opts: []kitchensink.Option{kitchensink.WithMediaEdge("sydney")}, host: "media.sydney.us1.kitchensink.test"},
		{opts: []kitchensink.Option{kitchensink.WithMediaRegion("au1")}, host: "media.au1.kitchensink.test"},
		{env: [2]string{"ie1", "dublin"}, host: "media.dublin.ie1.kitchensink.test"},
		{env: [2]string{"ie1", "dublin"}, opts: []kitchensink.Option{kitchensink.WithMediaEdge("frankfurt")}, host: "media.frankfurt.ie1.kitchensink.test"},
	}
	for _, c := range cases {
		t.Setenv("KITCHEN_SINK_MEDIA_REGION", c.env[0])
		t.Setenv("KITCHEN_SINK_MEDIA_EDGE", c.env[1])
		transport := &forwarder{}
		if err := upload(mediaClient(transport, c.opts...)); err != nil {
			t.Fatal(err)
		}
		equal(t, "url", fmt.Sprint(transport.seen), "[POST https://"+c.host+"/v1/calls/42/recordings]")
	}
	t.Setenv("KITCHEN_SINK_MEDIA_REGION", "")
	t.Setenv("KITCHEN_SINK_MEDIA_EDGE", "")
	load(t, "S29")
	transport := &forwarder{}
	if _, err := mediaClient(transport, kitchensink.WithMediaRegion("ie1")).Misc.GetHealth(context.Background()); err != nil {
		t.Fatal(err)
	}
	equal(t, "health", fmt.Sprint(transport.seen), "[GET https://us1.api.kitchensink.test/v1/health]")
}

func TestS57RegionOrEdgeThatIsNotAHostLabel(t *testing.T) {
	load(t, "S17")
	t.Setenv("KITCHEN_SINK_MEDIA_REGION", "")
	t.Setenv("KITCHEN_SINK_MEDIA_EDGE", "")
	bad := []string{"evil.test#", "evil.test/x", "user@evil.test", "evil.test:8080", ".", "-us1", "us1-", strings.Repeat("a", 64), "us 1"}
	transport := &forwarder{}
	refused := func(what string, client *kitchensink.Client, names string) {
		t.Helper()
		err := upload(client)
		var invalid *core.InvalidRequestError
		equal(t, fmt.Sprintf("%s refused (%v)", what, err), errors.As(err, &invalid) &&
			strings.Contains(err.Error(), names) && strings.Contains(err.Error(), "host label"), true)
	}
	for _, value := range bad {
		refused("region "+value, mediaClient(transport, kitchensink.WithMediaRegion(value)), "WithMediaRegion")
		refused("edge "+value, mediaClient(transport, kitchensink.WithMediaEdge(value)), "WithMediaEdge")
		t.Setenv("KITCHEN_SINK_MEDIA_REGION", value)
		refused("region variable "+value, mediaClient(transport), "KITCHEN_SINK_MEDIA_REGION")
		t.Setenv("KITCHEN_SINK_MEDIA_REGION", "")
		t.Setenv("KITCHEN_SINK_MEDIA_EDGE", value)
		refused("edge variable "+value, mediaClient(transport), "KITCHEN_SINK_MEDIA_EDGE")
		t.Setenv("KITCHEN_SINK_MEDIA_EDGE", "")
	}
	for _, value := range []string{strings.Repeat("a", 63), "xn--p1ai", "US-1"} {
		_ = mediaClient(transport, kitchensink.WithMediaRegion(value))
	}
	equal(t, "transport asked for nothing", len(transport.seen), 0)
	expectRequests(t, 0)
}
