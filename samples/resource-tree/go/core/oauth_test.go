package core

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"
)

// tokenServer is a token endpoint (/token) and an API (/api) in one server, recording what they got.
type tokenServer struct {
	*httptest.Server
	mu          sync.Mutex
	status      int
	issued      int
	forms       []string
	basic       []string
	bearers     []string
	redirectTo  string
	tokenAnswer string
}

func newTokenServer(t *testing.T) *tokenServer {
	s := &tokenServer{status: http.StatusOK, tokenAnswer: `{"access_token": "token-%d", "expires_in": 120}`}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

func (s *tokenServer) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r.URL.Path == "/token" {
		body, _ := io.ReadAll(r.Body)
		s.forms = append(s.forms, r.Method+" "+r.Header.Get("Content-Type")+" "+string(body))
		s.basic = append(s.basic, r.Header.Get("Authorization"))
		if s.status != http.StatusOK {
			w.WriteHeader(s.status)
			return
		}
		s.issued++
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, fmt.Sprintf(s.tokenAnswer, s.issued))
		return
	}
	s.bearers = append(s.bearers, r.Header.Get("Authorization"))
	if s.redirectTo != "" {
		http.Redirect(w, r, s.redirectTo, http.StatusTemporaryRedirect)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func oauthClient(server *tokenServer, scopes ...string) *Client {
	settings := Settings{DefaultServer: server.URL, Schemes: []Scheme{{Name: "oauth", Type: OAuth2,
		Env: []string{"CORE_TEST_CLIENT_ID", "CORE_TEST_CLIENT_SECRET"}, Option: "WithOAuth",
		TokenURL: server.URL + "/token", Scopes: scopes}}}
	return NewClient(settings, WithCredentials("oauth", "id", "secret"), WithMaxRetries(0))
}

func callAPI(c *Client) error {
	req := NewRequest(http.MethodGet, "/api")
	req.Security([]string{"oauth"})
	return NoContent(context.Background(), c, req, nil)
}

func TestTokenIsFetchedOnceForTwoCalls(t *testing.T) {
	server := newTokenServer(t)
	c := oauthClient(server)
	for i := 0; i < 2; i++ {
		if err := callAPI(c); err != nil {
			t.Fatal(err)
		}
	}
	if server.issued != 1 {
		t.Fatalf("tokens issued: %d, want 1", server.issued)
	}
	if want := "POST application/x-www-form-urlencoded grant_type=client_credentials"; server.forms[0] != want {
		t.Errorf("token request %q, want %q", server.forms[0], want)
	}
	if want := "Basic aWQ6c2VjcmV0"; server.basic[0] != want {
		t.Errorf("token request authorization %q, want %q", server.basic[0], want)
	}
	for _, got := range server.bearers {
		if got != "Bearer token-1" {
			t.Errorf("API request authorization %q, want Bearer token-1", got)
		}
	}
}

func TestTokenIsFetchedAgainShortlyBeforeItExpires(t *testing.T) {
	server := newTokenServer(t)
	c := oauthClient(server)
	now := time.Now()
	c.tokens.now = func() time.Time { return now }
	if err := callAPI(c); err != nil {
		t.Fatal(err)
	}
	now = now.Add(89 * time.Second)
	if err := callAPI(c); err != nil {
		t.Fatal(err)
	}
	now = now.Add(time.Second)
	if err := callAPI(c); err != nil {
		t.Fatal(err)
	}
	want := []string{"Bearer token-1", "Bearer token-1", "Bearer token-2"}
	if len(server.bearers) != 3 || server.bearers[1] != want[1] || server.bearers[2] != want[2] {
		t.Fatalf("API request authorizations %q, want %q", server.bearers, want)
	}
}

func TestTokenLifetimeDefaultsToAnHour(t *testing.T) {
	server := newTokenServer(t)
	server.tokenAnswer = `{"access_token": "token-%d"}`
	c := oauthClient(server)
	now := time.Now()
	c.tokens.now = func() time.Time { return now }
	for _, wait := range []time.Duration{0, 3569 * time.Second, time.Second} {
		now = now.Add(wait)
		if err := callAPI(c); err != nil {
			t.Fatal(err)
		}
	}
	if server.issued != 2 {
		t.Fatalf("tokens issued: %d, want 2", server.issued)
	}
}

func TestTokenRequestSendsTheScopes(t *testing.T) {
	server := newTokenServer(t)
	if err := callAPI(oauthClient(server, "read", "write")); err != nil {
		t.Fatal(err)
	}
	if want := "POST application/x-www-form-urlencoded grant_type=client_credentials&scope=read+write"; server.forms[0] != want {
		t.Errorf("token request %q, want %q", server.forms[0], want)
	}
}

func TestRefusedTokenRequestIsATokenError(t *testing.T) {
	server := newTokenServer(t)
	server.status = http.StatusUnauthorized
	err := callAPI(oauthClient(server))
	var tokenErr *TokenError
	if !errors.As(err, &tokenErr) || tokenErr.StatusCode != http.StatusUnauthorized || tokenErr.URL != server.URL+"/token" {
		t.Fatalf("error %v, want a TokenError of status 401 naming %s/token", err, server.URL)
	}
	if len(server.bearers) != 0 {
		t.Errorf("the API was called without a token")
	}
}

func TestTokenIsNotSentToAnotherOrigin(t *testing.T) {
	var elsewhere string
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		elsewhere = r.Header.Get("Authorization")
		w.WriteHeader(http.StatusNoContent)
	}))
	defer other.Close()
	server := newTokenServer(t)
	server.redirectTo = other.URL + "/moved"
	if err := callAPI(oauthClient(server)); err != nil {
		t.Fatal(err)
	}
	if server.bearers[0] != "Bearer token-1" || elsewhere != "" {
		t.Fatalf("authorization at the API %q and elsewhere %q", server.bearers[0], elsewhere)
	}
}

func TestConcurrentCallsShareOneToken(t *testing.T) {
	server := newTokenServer(t)
	c := oauthClient(server)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := callAPI(c); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if server.issued != 1 {
		t.Fatalf("tokens issued: %d, want 1", server.issued)
	}
}
