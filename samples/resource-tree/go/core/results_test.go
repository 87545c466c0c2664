package core

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"
)

// deleteAnswered deletes from a server that answers with status and no body.
func deleteAnswered(t *testing.T, status int) (bool, error) {
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(status)
	}))
	t.Cleanup(server.Close)
	client := NewClient(Settings{DefaultServer: server.URL}, WithMaxRetries(0))
	return Deleted(context.Background(), client, NewRequest(http.MethodDelete, "/things/1"), nil)
}

func TestDeletedIsTrueForAnySuccessButAccepted(t *testing.T) {
	for status, want := range map[int]bool{http.StatusOK: true, http.StatusNoContent: true, http.StatusAccepted: false} {
		deleted, err := deleteAnswered(t, status)
		if err != nil {
			t.Fatalf("%d: %v", status, err)
		}
		if deleted != want {
			t.Errorf("%d: deleted %v, want %v", status, deleted, want)
		}
	}
}

func TestDeletedFailsAsAnyCallOnAnErrorStatus(t *testing.T) {
	deleted, err := deleteAnswered(t, http.StatusNotFound)
	var apiErr *APIError
	if !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusNotFound || deleted {
		t.Errorf("got %v, %v; want false and a 404 APIError", deleted, err)
	}
}
