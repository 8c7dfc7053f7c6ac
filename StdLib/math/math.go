package math

// Inf returns positive infinity if sign >= 0, negative infinity if sign < 0.
func Inf(sign int) float64

// NaN returns an IEEE 754 "not-a-number" value.
func NaN() float64

// IsNaN reports whether f is an IEEE 754 "not-a-number" value.
func IsNaN(f float64) (is bool)

// IsInf reports whether f is an infinity, according to sign. If sign > 0, IsInf reports
// whether f is positive infinity. If sign < 0, IsInf reports whether f is negative
// infinity. If sign == 0, IsInf reports whether f is either infinity.
func IsInf(f float64, sign int) bool

// Signbit reports whether x is negative or negative zero.
func Signbit(x float64) bool

// Copysign returns a value with the magnitude of f and the sign of sign.
func Copysign(f, sign float64) float64

// Abs returns the absolute value of x.
func Abs(x float64) float64

// Float64bits returns the IEEE 754 binary representation of f.
func Float64bits(f float64) uint64

// Float64frombits returns the floating-point number corresponding to the IEEE 754 binary
// representation b.
func Float64frombits(b uint64) float64

// Float32bits returns the IEEE 754 binary representation of f.
func Float32bits(f float32) uint32

// Float32frombits returns the floating-point number corresponding to the IEEE 754 binary
// representation b.
func Float32frombits(b uint32) float32

// Sqrt returns the square root of x. Sqrt(+Inf) = +Inf, Sqrt(±0) = ±0, Sqrt(x < 0) = NaN,
// Sqrt(NaN) = NaN.
func Sqrt(x float64) float64

// Cbrt returns the cube root of x.
func Cbrt(x float64) float64

// Pow returns x**y, the base-x exponential of y, with Go's special cases.
func Pow(x, y float64) float64

// Pow10 returns 10**n, the base-10 exponential of n.
func Pow10(n int) float64

// Exp returns e**x, the base-e exponential of x.
func Exp(x float64) float64

// Exp2 returns 2**x, the base-2 exponential of x.
func Exp2(x float64) float64

// Expm1 returns e**x - 1, the base-e exponential of x minus 1. It is more accurate than
// Exp(x) - 1 when x is near zero.
func Expm1(x float64) float64

// Log returns the natural logarithm of x.
func Log(x float64) float64

// Log2 returns the binary logarithm of x.
func Log2(x float64) float64

// Log10 returns the decimal logarithm of x.
func Log10(x float64) float64

// Log1p returns the natural logarithm of 1 plus its argument x. It is more accurate than
// Log(1 + x) when x is near zero.
func Log1p(x float64) float64

// Logb returns the binary exponent of x.
func Logb(x float64) float64

// Ilogb returns the binary exponent of x as an integer.
func Ilogb(x float64) int

// Floor returns the greatest integer value less than or equal to x.
func Floor(x float64) float64

// Ceil returns the least integer value greater than or equal to x.
func Ceil(x float64) float64

// Trunc returns the integer value of x.
func Trunc(x float64) float64

// Round returns the nearest integer, rounding half away from zero.
func Round(x float64) float64

// RoundToEven returns the nearest integer, rounding ties to even.
func RoundToEven(x float64) float64

// Mod returns the floating-point remainder of x/y. The magnitude of the result is less than
// y and its sign agrees with that of x.
func Mod(x, y float64) float64

// Remainder returns the IEEE 754 floating-point remainder of x/y.
func Remainder(x, y float64) float64

// Modf returns integer and fractional floating-point numbers that sum to f. Both values
// have the same sign as f.
func Modf(f float64) (int float64, frac float64)

// Frexp breaks f into a normalized fraction and an integral power of two. It returns frac
// and exp satisfying f == frac × 2**exp, with the absolute value of frac in the interval
// [½, 1).
func Frexp(f float64) (frac float64, exp int)

// Ldexp is the inverse of Frexp. It returns frac × 2**exp.
func Ldexp(frac float64, exp int) float64

// Max returns the larger of x or y. Max(x, +Inf) = Max(+Inf, x) = +Inf; Max(x, NaN) =
// Max(NaN, x) = NaN; Max(+0, ±0) = Max(±0, +0) = +0; Max(-0, -0) = -0.
func Max(x, y float64) float64

// Min returns the smaller of x or y. Min(x, -Inf) = Min(-Inf, x) = -Inf; Min(x, NaN) =
// Min(NaN, x) = NaN; Min(-0, ±0) = Min(±0, -0) = -0.
func Min(x, y float64) float64

// Dim returns the maximum of x-y or 0.
func Dim(x, y float64) float64

// FMA returns x * y + z, computed with only one rounding.
func FMA(x, y, z float64) float64

// Hypot returns Sqrt(p*p + q*q), taking care to avoid unnecessary overflow and underflow.
func Hypot(p, q float64) float64

// Nextafter returns the next representable float64 value after x towards y.
func Nextafter(x, y float64) (r float64)

// Nextafter32 returns the next representable float32 value after x towards y.
func Nextafter32(x, y float32) (r float32)

// Sin returns the sine of the radian argument x.
func Sin(x float64) float64

// Cos returns the cosine of the radian argument x.
func Cos(x float64) float64

// Tan returns the tangent of the radian argument x.
func Tan(x float64) float64

// Sincos returns Sin(x), Cos(x).
func Sincos(x float64) (sin, cos float64) {
	return Sin(x), Cos(x)
}

// Asin returns the arcsine, in radians, of x.
func Asin(x float64) float64

// Acos returns the arccosine, in radians, of x.
func Acos(x float64) float64

// Atan returns the arctangent, in radians, of x.
func Atan(x float64) float64

// Atan2 returns the arc tangent of y/x, using the signs of the two to determine the
// quadrant of the return value.
func Atan2(y, x float64) float64

// Sinh returns the hyperbolic sine of x.
func Sinh(x float64) float64

// Cosh returns the hyperbolic cosine of x.
func Cosh(x float64) float64

// Tanh returns the hyperbolic tangent of x.
func Tanh(x float64) float64

// Asinh returns the inverse hyperbolic sine of x.
func Asinh(x float64) float64

// Acosh returns the inverse hyperbolic cosine of x.
func Acosh(x float64) float64

// Atanh returns the inverse hyperbolic tangent of x.
func Atanh(x float64) float64
