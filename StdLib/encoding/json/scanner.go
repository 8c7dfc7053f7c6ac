package json

// scanner is the state of Go's JSON scanner while a Decoder looks for the end of the next
// value in its buffer, kept between reads (the state machine itself is native: Scanner.cs).
type scanner struct {
	step       int    // the state the next byte is read in
	endTop     bool   // reached the end of the top-level value
	parseState []byte // the stack of what is being parsed (object key, object value, array value)
	bytes      int64  // total bytes consumed, for error offsets
	err        error  // the syntax error, once the scanner has failed
}

// reset prepares the scanner for a new value.
func (s *scanner) reset() {
	s.step = 0
	s.parseState = s.parseState[0:0]
	s.err = nil
	s.endTop = false
}

// scan steps the scanner over buf[from:], counting bytes. It stops when the value ends
// (returning where, and true), when the scanner fails (s.err is set) or at the end of buf.
func (s *scanner) scan(buf []byte, from int) (int, bool)

// endsAtEOF reports whether the end of the input completes the value (a number needs a
// following byte to end).
func (s *scanner) endsAtEOF() bool
