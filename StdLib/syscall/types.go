package syscall

// Timespec is a time in seconds and nanoseconds.
type Timespec struct {
	Sec  int64
	Nsec int64
}

// Unix returns the time stored in ts as seconds plus nanoseconds.
func (ts *Timespec) Unix() (sec int64, nsec int64) {
	return int64(ts.Sec), int64(ts.Nsec)
}

// Nano returns the time stored in ts as nanoseconds.
func (ts *Timespec) Nano() int64 {
	return int64(ts.Sec)*1e9 + int64(ts.Nsec)
}

// TimespecToNsec returns the time stored in ts as nanoseconds.
func TimespecToNsec(ts Timespec) int64 { return ts.Nano() }

// NsecToTimespec converts a number of nanoseconds into a Timespec.
func NsecToTimespec(nsec int64) Timespec {
	sec := nsec / 1e9
	nsec = nsec % 1e9
	if nsec < 0 {
		nsec += 1e9
		sec--
	}
	return Timespec{Sec: sec, Nsec: nsec}
}

// Stat_t is the result of stat(2), laid out as Go's linux/amd64 Stat_t.
type Stat_t struct {
	Dev       uint64
	Ino       uint64
	Nlink     uint64
	Mode      uint32
	Uid       uint32
	Gid       uint32
	X__pad0   int32
	Rdev      uint64
	Size      int64
	Blksize   int64
	Blocks    int64
	Atim      Timespec
	Mtim      Timespec
	Ctim      Timespec
	X__unused [3]int64
}

// statBuf is how the natives return a Stat_t: dev, ino, nlink, mode, uid, gid, rdev, size,
// blksize, blocks, then atime, mtime and ctime as seconds and nanoseconds.
type statBuf [16]int64

func (b *statBuf) fill(st *Stat_t) {
	*st = Stat_t{
		Dev:     uint64(b[0]),
		Ino:     uint64(b[1]),
		Nlink:   uint64(b[2]),
		Mode:    uint32(b[3]),
		Uid:     uint32(b[4]),
		Gid:     uint32(b[5]),
		Rdev:    uint64(b[6]),
		Size:    b[7],
		Blksize: b[8],
		Blocks:  b[9],
		Atim:    Timespec{b[10], b[11]},
		Mtim:    Timespec{b[12], b[13]},
		Ctim:    Timespec{b[14], b[15]},
	}
}
