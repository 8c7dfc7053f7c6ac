// Package math provides basic constants and mathematical functions. The functions are
// natives (MathNatives.cs).
package math

// Mathematical constants.
const (
	E   = 2.718281828459045235360287471352662497757247093699959574966967627724077
	Pi  = 3.141592653589793238462643383279502884197169399375105820974944592307816
	Phi = 1.618033988749894848204586834365638117720309179805762862135448622705260

	Sqrt2   = 1.414213562373095048801688724209698078569671875376948073176679737990732
	SqrtE   = 1.648721270700128146848650787814163571653776100710148011575079311640661
	SqrtPi  = 1.772453850905516027298167483341145182797549456122387128213807789852911
	SqrtPhi = 1.272019649514068964252422461737491491715608041840096248616640382539297

	Ln2    = 0.6931471805599453094172321214581765680755001343602552541206800094933936
	Log2E  = 1 / Ln2
	Ln10   = 2.302585092994045684017991454684364207601101488628772976033327900967573
	Log10E = 1 / Ln10
)

// Floating-point limit values. Max is the largest finite value representable by the type.
// SmallestNonzero is the smallest positive, non-zero value representable by the type.
const (
	MaxFloat32             = 0x1p127 * (1 + (1 - 0x1p-23)) // 3.40282346638528859811704183484516925440e+38
	SmallestNonzeroFloat32 = 0x1p-126 * 0x1p-23            // 1.401298464324817070923729583289916131280e-45

	MaxFloat64             = 0x1p1023 * (1 + (1 - 0x1p-52)) // 1.79769313486231570814527423731704356798070e+308
	SmallestNonzeroFloat64 = 0x1p-1022 * 0x1p-52            // 4.9406564584124654417656879286822137236505980e-324
)

const intSize = 32 << (^uint(0) >> 63) // 32 or 64

// Integer limit values.
const (
	MaxInt    = 1<<(intSize-1) - 1  // MaxInt32 or MaxInt64 depending on intSize.
	MinInt    = -1 << (intSize - 1) // MinInt32 or MinInt64 depending on intSize.
	MaxInt8   = 1<<7 - 1            // 127
	MinInt8   = -1 << 7             // -128
	MaxInt16  = 1<<15 - 1           // 32767
	MinInt16  = -1 << 15            // -32768
	MaxInt32  = 1<<31 - 1           // 2147483647
	MinInt32  = -1 << 31            // -2147483648
	MaxInt64  = 1<<63 - 1           // 9223372036854775807
	MinInt64  = -1 << 63            // -9223372036854775808
	MaxUint   = 1<<intSize - 1      // MaxUint32 or MaxUint64 depending on intSize.
	MaxUint8  = 1<<8 - 1            // 255
	MaxUint16 = 1<<16 - 1           // 65535
	MaxUint32 = 1<<32 - 1           // 4294967295
	MaxUint64 = 1<<64 - 1           // 18446744073709551615
)
