package conformance

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"os"
	"testing"
	"time"

	"kitchen-sink-sdk"
)

// TestS28EveryOperationAgainstPrism calls every operation once against Prism, which answers 4xx
// with an sl-violations header to any request that breaks the spec.
func TestS28EveryOperationAgainstPrism(t *testing.T) {
	prism := os.Getenv("SWITCHBOARD_PRISM_URL")
	if prism == "" {
		t.Skip("SWITCHBOARD_PRISM_URL is not set: run under conformance/harness.py")
	}
	for _, name := range []string{"KITCHEN_SINK_USERNAME", "KITCHEN_SINK_PASSWORD", "KITCHEN_SINK_TOKEN", "KITCHEN_SINK_API_KEY"} {
		t.Setenv(name, "")
	}
	ctx := context.Background()
	client := kitchensink.NewClient(kitchensink.WithBaseURL(prism), kitchensink.WithAccountAuth(sid, "token-secret"),
		kitchensink.WithAPIKeyAuth("key-123"))
	bearer := kitchensink.NewClient(kitchensink.WithBaseURL(prism), kitchensink.WithBearerAuth("bearer-token"))
	check := func(name string, status int, call func(opt kitchensink.Option) error) {
		t.Helper()
		var raw *http.Response
		err := call(kitchensink.WithResponse(&raw))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			return
		}
		if raw == nil || raw.StatusCode != status || raw.Header.Get("sl-violations") != "" {
			t.Errorf("%s: status %v, violations %s", name, statusOf(raw), raw.Header.Get("sl-violations"))
		}
	}
	first := func(items func(yield func(any, error) bool)) error {
		for _, err := range items {
			return err
		}
		return nil
	}
	check("getHealth", 200, func(o kitchensink.Option) error { _, err := client.Misc.GetHealth(ctx, o); return err })
	check("fetchAccount", 200, func(o kitchensink.Option) error { _, err := client.Accounts.Fetch(ctx, sid, o); return err })
	check("fetchAccount (bearer)", 200, func(o kitchensink.Option) error { _, err := bearer.Accounts.Fetch(ctx, sid, o); return err })
	check("updateAccount", 200, func(o kitchensink.Option) error {
		_, err := client.Accounts.Update(ctx, sid, kitchensink.AccountsUpdateParams{FriendlyName: kitchensink.Some("Ops Team"),
			Status:              kitchensink.Some(kitchensink.UpdateAccountRequestStatus("suspended")),
			StatusCallbackEvent: kitchensink.Some([]string{"initiated", "ringing", "completed"}), VoiceEnabled: kitchensink.Some(false)}, o)
		return err
	})
	check("deleteAccount", 204, func(o kitchensink.Option) error { _, err := client.Accounts.Delete(ctx, sid, o); return err })
	check("listMessages", 200, func(o kitchensink.Option) error {
		return first(anyItems(client.Messages.List(ctx, sid, kitchensink.MessagesListParams{
			DateSentAfter: kitchensink.Some(time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)),
			Status:        kitchensink.Some(kitchensink.MessageStatusQueued), PageSize: kitchensink.Some(int64(2))}, o)))
	})
	check("createMessage", 201, func(o kitchensink.Option) error {
		_, err := client.Messages.Create(ctx, sid, kitchensink.MessagesCreateParams{To: "+15551230001",
			Body:           kitchensink.Some("Hello & welcome"),
			MediaURL:       kitchensink.Some([]string{"https://cdn.kitchensink.test/a.png", "https://cdn.kitchensink.test/b.png"}),
			IdempotencyKey: kitchensink.Some("order-42")}, o)
		return err
	})
	check("fetchMessage", 200, func(o kitchensink.Option) error { _, err := client.Messages.Fetch(ctx, sid, "MM a/b?c", o); return err })
	check("listCalls", 200, func(o kitchensink.Option) error {
		return first(anyItems(client.Calls.List(ctx, kitchensink.CallsListParams{Limit: kitchensink.Some(int32(2)),
			Status: kitchensink.Some([]kitchensink.CallStatus{kitchensink.CallStatusQueued, kitchensink.CallStatusRinging}),
			Fields: kitchensink.Some([]string{"id", "status"})}, o)))
	})
	check("createCall", 201, func(o kitchensink.Option) error {
		_, err := client.Calls.Create(ctx, kitchensink.CallsCreateParams{To: "+15551230001", From: "+15559870000",
			CorrelationID: kitchensink.Some(int64(42)), CallerName: kitchensink.Null[string]()}, o)
		return err
	})
	check("fetchCall", 200, func(o kitchensink.Option) error { _, err := client.Calls.Fetch(ctx, 1001, o); return err })
	check("uploadRecording", 201, func(o kitchensink.Option) error {
		_, err := client.Recordings.Upload(ctx, 42, kitchensink.RecordingsUploadParams{Label: kitchensink.Some("greeting"),
			File: kitchensink.File{Name: "greeting.wav", ContentType: "audio/wav", Content: bytes.NewReader(b256)}}, o)
		return err
	})
	check("downloadRecordingMedia", 200, func(o kitchensink.Option) error {
		media, err := client.Recordings.DownloadMedia(ctx, "RE0123", o)
		if err == nil {
			err = media.Close()
		}
		return err
	})
	check("replaceRecordingMedia", 204, func(o kitchensink.Option) error {
		return client.Recordings.ReplaceMedia(ctx, "RE0123", kitchensink.RecordingsReplaceMediaParams{Body: bytes.NewReader(b256)}, o)
	})
	check("listPets", 200, func(o kitchensink.Option) error {
		return first(anyItems(client.Pets.List(ctx, kitchensink.PetsListParams{Offset: kitchensink.Some(int64(0)),
			Limit: kitchensink.Some(int64(2))}, o)))
	})
	check("fetchPetOwner", 200, func(o kitchensink.Option) error {
		_, err := client.Pets.FetchOwner(ctx, "5b0f2c1e-8d1a-4c39-9a57-2f6f0c4b7e10", o)
		return err
	})
	check("POST /misc/reserved-words", 200, func(o kitchensink.Option) error {
		_, err := client.Misc.CreateReservedWords(ctx, kitchensink.MiscCreateReservedWordsParams{Class: kitchensink.Some("v-class"),
			Async: kitchensink.Some(true), Yield: kitchensink.Some(int64(3))}, o)
		return err
	})
	check("getUsageMaps", 200, func(o kitchensink.Option) error { _, err := client.Misc.GetUsageMaps(ctx, o); return err })
	check("streamEvents", 200, func(o kitchensink.Option) error {
		for range client.Misc.StreamEvents(ctx, o) {
			break
		}
		return nil
	})
	dog := kitchensink.Dog{ID: "5b0f2c1e-8d1a-4c39-9a57-2f6f0c4b7e10", Name: "Rex", PetType: "dog", GoodBoy: true,
		Breed: kitchensink.Null[string]()}
	_, err := client.Pets.Create(ctx, kitchensink.PetsCreateParams{Body: dog})
	var apiErr *kitchensink.APIError
	if !errors.As(err, &apiErr) || apiErr.StatusCode != 422 {
		t.Fatalf("createPet: want a 422, got %v", err)
	}
	var problem struct {
		Validation []struct {
			Location []string `json:"location"`
			Severity string   `json:"severity"`
			Code     string   `json:"code"`
		} `json:"validation"`
	}
	_ = json.Unmarshal(apiErr.Body, &problem)
	equal(t, "createPet problem type", mediaType(apiErr.Header.Get("Content-Type")), "application/problem+json")
	equal(t, "createPet: only the oneOf violation", len(problem.Validation) == 1 && problem.Validation[0].Code == "oneOf" &&
		problem.Validation[0].Severity == "Error" && len(problem.Validation[0].Location) == 1 &&
		problem.Validation[0].Location[0] == "body", true)
}

// anyItems turns an iterator of any item type into one of any, to take its first item.
func anyItems[T any](items func(yield func(T, error) bool)) func(yield func(any, error) bool) {
	return func(yield func(any, error) bool) {
		for item, err := range items {
			if !yield(item, err) {
				return
			}
		}
	}
}

func statusOf(resp *http.Response) any {
	if resp == nil {
		return "no response"
	}
	return resp.StatusCode
}
