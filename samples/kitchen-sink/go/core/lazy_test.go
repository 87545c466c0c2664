package core

import (
	"sync"
	"sync/atomic"
	"testing"
)

func TestLazyMakesNothingUntilFirstUsed(t *testing.T) {
	var made atomic.Int32
	var mount Lazy[Client]
	build := func() *Client { made.Add(1); return NewClient(Settings{}).Mount(Settings{}, "/v1") }
	if made.Load() != 0 {
		t.Fatal("made before use")
	}
	first := mount.Get(build)
	if made.Load() != 1 || first == nil || first.serverPath != "/v1" {
		t.Fatalf("first use: made %d times, got %+v", made.Load(), first)
	}
	if again := mount.Get(build); again != first || made.Load() != 1 {
		t.Fatalf("second use: made %d times, same client %v", made.Load(), again == first)
	}
}

func TestLazyMakesOnceWhenFirstUsedConcurrently(t *testing.T) {
	var made atomic.Int32
	var mount Lazy[Client]
	var wg sync.WaitGroup
	clients := make([]*Client, 16)
	for i := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			clients[i] = mount.Get(func() *Client { made.Add(1); return NewClient(Settings{}) })
		}()
	}
	wg.Wait()
	if made.Load() != 1 {
		t.Fatalf("made %d times", made.Load())
	}
	for _, client := range clients {
		if client != clients[0] {
			t.Fatal("goroutines got different clients")
		}
	}
}
