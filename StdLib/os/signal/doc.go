// Copyright 2015 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Package signal implements access to incoming signals: Go's signal.go and signal_unix.go
// over a per-program signal queue (StdLib/os/signal/SignalState.cs). The asynchronous
// signals (SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGWINCH, ...) arrive from the
// host process; any signal the program sends itself with syscall.Kill(os.Getpid(), sig)
// reaches it alone. As in Go, delivery to a channel never blocks: a full channel misses it.
package signal
