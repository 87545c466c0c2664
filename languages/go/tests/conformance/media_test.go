package conformance

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"

	"kitchen-sink-sdk"
)

var b256 = func() []byte {
	b := make([]byte, 256)
	for i := range b {
		b[i] = byte(i)
	}
	return b
}()

// forwarder records the URL each request was made for and sends it to WireMock, path and query kept.
type forwarder struct {
	mu   sync.Mutex
	seen []string
}

func (f *forwarder) RoundTrip(req *http.Request) (*http.Response, error) {
	f.mu.Lock()
	f.seen = append(f.seen, req.Method+" "+req.URL.String())
	f.mu.Unlock()
	target, _ := url.Parse(wiremock)
	forwarded := req.Clone(req.Context())
	forwarded.URL.Scheme, forwarded.URL.Host, forwarded.Host = target.Scheme, target.Host, ""
	return http.DefaultTransport.RoundTrip(forwarded)
}

func TestS17UploadRecordingMultipart(t *testing.T) {
	load(t, "S17")
	transport := &forwarder{}
	client := kitchensink.NewClient(kitchensink.WithHTTPClient(&http.Client{Transport: transport}),
		kitchensink.WithAccountAuth(sid, "token-secret"), kitchensink.WithAPIKeyAuth("key-123"))
	recording, err := client.Recordings.Upload(context.Background(), 42, kitchensink.RecordingsUploadParams{
		File:  kitchensink.File{Name: "greeting.wav", ContentType: "audio/wav", Content: bytes.NewReader(b256)},
		Label: kitchensink.Some("greeting"),
		Tags:  kitchensink.Some([]string{"intro", "en"}),
	})
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "id", recording.ID, "RE0123")
	equal(t, "transport", fmt.Sprint(transport.seen), "[POST https://media.kitchensink.test/v1/calls/42/recordings]")
	r := expectRequests(t, 1)[0]
	equal(t, "request", r.Method+" "+r.URL, "POST /v1/calls/42/recordings")
	equal(t, "Authorization", r.header("Authorization"), basic)
	kind, params, err := mime.ParseMediaType(r.header("Content-Type"))
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "Content-Type", kind, "multipart/form-data")
	body, _ := base64.StdEncoding.DecodeString(r.BodyAsBase64)
	reader := multipart.NewReader(bytes.NewReader(body), params["boundary"])
	var parts []string
	for {
		part, err := reader.NextRawPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		content, _ := io.ReadAll(part)
		text := string(content)
		if part.FileName() != "" {
			equal(t, "file bytes", bytes.Equal(content, b256), true)
			equal(t, "file type", part.Header.Get("Content-Type"), "audio/wav")
			text = "<B256>"
		} else if typ := part.Header.Get("Content-Type"); typ != "" && !strings.HasPrefix(typ, "text/plain") {
			t.Errorf("text part %s has Content-Type %s", part.FormName(), typ)
		}
		parts = append(parts, part.FormName()+"|"+part.FileName()+"|"+text)
	}
	equal(t, "parts", strings.Join(parts, " "), "file|greeting.wav|<B256> label||greeting tags||intro tags||en")
}

func TestS18DownloadRecordingMedia(t *testing.T) {
	load(t, "S18")
	media, err := standardClient().Recordings.DownloadMedia(context.Background(), "RE0123")
	if err != nil {
		t.Fatal(err)
	}
	defer media.Close()
	hash := sha256.New()
	n, err := io.Copy(hash, media)
	if err != nil {
		t.Fatal(err)
	}
	equal(t, "length", n, int64(1048576))
	equal(t, "sha256", hex.EncodeToString(hash.Sum(nil)), "abc70367ceaebb51ddae23bb22cde54c0e8b155e3e936db642a855c6b1270475")
	r := expectRequests(t, 1)[0]
	equal(t, "request", r.Method+" "+r.URL, "GET /v1/recordings/RE0123/media")
	equal(t, "X-Api-Key", r.header("X-Api-Key"), "key-123")
	equal(t, "Authorization", r.header("Authorization"), "")
}

func TestS19ReplaceRecordingMedia(t *testing.T) {
	load(t, "S19")
	err := standardClient().Recordings.ReplaceMedia(context.Background(), "RE0123",
		kitchensink.RecordingsReplaceMediaParams{Body: bytes.NewReader(b256)})
	if err != nil {
		t.Fatal(err)
	}
	r := expectRequests(t, 1)[0]
	equal(t, "request", r.Method+" "+r.URL, "PUT /v1/recordings/RE0123/media")
	equal(t, "Authorization", r.header("Authorization"), basic)
	equal(t, "Content-Type", mediaType(r.header("Content-Type")), "application/octet-stream")
	equal(t, "body", r.BodyAsBase64, base64.StdEncoding.EncodeToString(b256))
}
