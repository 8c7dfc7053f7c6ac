package rand

import "math"

// The ziggurat tables (natives over Ziggurat.cs): the strips of the normal and exponential
// distributions, as in Go's normal.go and exp.go.
func kn(i int32) uint32
func wn(i int32) float32
func fn(i int32) float32
func ke(i uint32) uint32
func we(i uint32) float32
func fe(i uint32) float32

const (
	rn = 3.442619855899
	re = 7.69711747013104972
)

func absInt32(i int32) uint32 {
	if i < 0 {
		return uint32(-i)
	}
	return uint32(i)
}

// NormFloat64 returns a normally distributed float64 in the range -math.MaxFloat64 through
// +math.MaxFloat64 inclusive, with standard normal distribution (mean = 0, stddev = 1).
func (r *Rand) NormFloat64() float64 {
	for {
		j := int32(r.Uint32()) // possibly negative
		i := j & 0x7F
		x := float64(j) * float64(wn(i))
		if absInt32(j) < kn(i) {
			// This case should be hit better than 99% of the time.
			return x
		}
		if i == 0 {
			// The base strip's tail.
			for {
				x = -math.Log(r.Float64()) * (1.0 / rn)
				y := -math.Log(r.Float64())
				if y+y >= x*x {
					break
				}
			}
			if j > 0 {
				return rn + x
			}
			return -rn - x
		}
		if fn(i)+float32(r.Float64())*(fn(i-1)-fn(i)) < float32(math.Exp(-.5*x*x)) {
			return x
		}
	}
}

// ExpFloat64 returns an exponentially distributed float64 in the range (0, +math.MaxFloat64]
// with an exponential distribution whose rate parameter (lambda) is 1 and whose mean is
// 1/lambda (1).
func (r *Rand) ExpFloat64() float64 {
	for {
		j := r.Uint32()
		i := j & 0xFF
		x := float64(j) * float64(we(i))
		if j < ke(i) {
			return x
		}
		if i == 0 {
			return re - math.Log(r.Float64())
		}
		if fe(i)+float32(r.Float64())*(fe(i-1)-fe(i)) < float32(math.Exp(-x)) {
			return x
		}
	}
}

// NormFloat64 returns a normally distributed float64 with standard normal distribution
// (mean = 0, stddev = 1) from the default Source.
func NormFloat64() float64 { return globalRand.NormFloat64() }

// ExpFloat64 returns an exponentially distributed float64 with rate parameter 1 from the
// default Source.
func ExpFloat64() float64 { return globalRand.ExpFloat64() }
