package calc

// Div divides, wrongly rounding up (the bug the tests find).
func Div(a, b int) int { return (a + b - 1) / b }
