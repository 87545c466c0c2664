package conformance

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"kitchen-sink-sdk"
)

func TestS20ListPetsOffsetPagesAndUnions(t *testing.T) {
	load(t, "S20")
	var pets []kitchensink.Pet
	for pet, err := range standardClient().Pets.List(context.Background(), kitchensink.PetsListParams{Limit: kitchensink.Some(int64(2))}) {
		if err != nil {
			t.Fatal(err)
		}
		pets = append(pets, pet)
	}
	if len(pets) != 5 {
		t.Fatalf("want 5 pets, got %d", len(pets))
	}
	tom, ok := pets[0].(kitchensink.Cat)
	equal(t, "Tom is a cat", ok && tom.Name == "Tom" && tom.Indoor.Or(false) && tom.LivesLeft.Or(0) == 9, true)
	rex, ok := pets[1].(kitchensink.Dog)
	equal(t, "Rex is a dog", ok && rex.Name == "Rex" && rex.GoodBoy && rex.Breed.IsNull(), true)
	liz, ok := pets[2].(kitchensink.Lizard)
	equal(t, "Liz is a lizard", ok && liz.Name == "Liz" && string(liz.Scales.Or("")) == "rough", true)
	hammy, ok := pets[3].(kitchensink.PetUnknown)
	equal(t, "Hammy is no known variant", ok, true)
	equal(t, "Hammy's JSON", strings.Contains(string(hammy.Raw), `"pet_type":"hamster"`), true)
	written, err := json.Marshal(hammy)
	equal(t, "Hammy written back", err == nil && string(written) == string(hammy.Raw), true)
	felix, ok := pets[4].(kitchensink.Cat)
	equal(t, "Felix is a cat", ok && felix.Name == "Felix", true)
	friends := felix.Friends.Or(nil)
	if len(friends) != 1 {
		t.Fatalf("want 1 friend, got %d", len(friends))
	}
	buddy, ok := friends[0].(kitchensink.Dog)
	equal(t, "Buddy is a dog", ok && buddy.Name == "Buddy" && !buddy.GoodBoy && buddy.Breed.Or("") == "beagle", true)
	requests := expectRequests(t, 3)
	for i, want := range []string{"/v1/pets?limit=2", "/v1/pets?offset=2&limit=2", "/v1/pets?offset=4&limit=2"} {
		equal(t, fmt.Sprintf("request %d", i+1), requests[i].URL, want)
	}
}

func TestS21CreatePetUnionBody(t *testing.T) {
	load(t, "S21")
	dog := kitchensink.Dog{ID: "5b0f2c1e-8d1a-4c39-9a57-2f6f0c4b7e10", Name: "Rex", PetType: "dog", GoodBoy: true,
		Breed: kitchensink.Null[string]()}
	pet, err := standardClient().Pets.Create(context.Background(), kitchensink.PetsCreateParams{Body: dog})
	if err != nil {
		t.Fatal(err)
	}
	const body = `{"id":"5b0f2c1e-8d1a-4c39-9a57-2f6f0c4b7e10","name":"Rex","pet_type":"dog","good_boy":true,"breed":null}`
	r := expectRequests(t, 1)[0]
	equal(t, "request", r.Method+" "+r.URL, "POST /v1/pets")
	equal(t, "Content-Type", mediaType(r.header("Content-Type")), "application/json")
	equal(t, "body", r.body(), body)
	got, ok := pet.(kitchensink.Dog)
	equal(t, "a dog", ok, true)
	equal(t, "the dog sent", fmt.Sprintf("%+v", got), fmt.Sprintf("%+v", dog))
}

func TestS22FetchPetOwnerAnyOf(t *testing.T) {
	load(t, "S22")
	owner, err := standardClient().Pets.FetchOwner(context.Background(), "5b0f2c1e-8d1a-4c39-9a57-2f6f0c4b7e10")
	if err != nil {
		t.Fatal(err)
	}
	organisation, ok := owner.(kitchensink.Organisation)
	equal(t, "an organisation", ok, true)
	equal(t, "legal_name", organisation.LegalName, "Kitchen Sink Pets Ltd")
	parent, _ := organisation.Parent.Get()
	grandparent, _ := parent.Parent.Get()
	equal(t, "parent.parent.legal_name", grandparent.LegalName, "Kitchen Sink Group")
	address, _ := grandparent.Address.Get()
	equal(t, "parent.parent.address.country", address.Country.Or(""), "NL")
	r := expectRequests(t, 1)[0]
	equal(t, "request", r.Method+" "+r.URL, "GET /v1/pets/5b0f2c1e-8d1a-4c39-9a57-2f6f0c4b7e10/owner")
}
