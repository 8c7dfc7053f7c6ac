package rand

// rngSource is Go's Additive Lagged Fibonacci generator (ALFG, length 607, tap 273),
// seeded as Go seeds it; its methods are natives (RandNatives.cs), so rand.NewSource(n)
// yields exactly Go's sequences.
type rngSource struct {
	tap  int        // index into vec
	feed int        // index into vec
	vec  [607]int64 // current feedback register
}

// Seed uses the provided seed value to initialize the generator to a deterministic state.
func (rng *rngSource) Seed(seed int64)

// Int63 returns a non-negative pseudo-random 63-bit integer as an int64.
func (rng *rngSource) Int63() int64

// Uint64 returns a non-negative pseudo-random 64-bit integer as a uint64.
func (rng *rngSource) Uint64() uint64
