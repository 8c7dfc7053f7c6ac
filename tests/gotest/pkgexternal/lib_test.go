package lib_test

import "testing"

func TestAnswer(t *testing.T) {}
