package syscall

// The system calls on descriptors and paths. The natives return the errno (0 for success);
// these wrappers turn it into an error as Go's do.

func openat(dirfd int, path string, flags int, perm uint32) (fd int, e Errno)
func closeFd(fd int) Errno
func read(fd int, p []byte) (n int, e Errno)
func write(fd int, p []byte) (n int, e Errno)
func pread(fd int, p []byte, offset int64) (n int, e Errno)
func pwrite(fd int, p []byte, offset int64) (n int, e Errno)
func seek(fd int, offset int64, whence int) (off int64, e Errno)
func fsync(fd int) Errno
func ftruncate(fd int, length int64) Errno
func fchmod(fd int, mode uint32) Errno
func fchown(fd int, uid int, gid int) Errno
func fstat(fd int, buf *statBuf) Errno
func getdents(fd int, buf []byte) (n int, e Errno)
func pipe2(flags int) (r int, w int, e Errno)
func fstatat(dirfd int, path string, flags int, buf *statBuf) Errno
func unlinkat(dirfd int, path string, flags int) Errno
func mkdir(path string, mode uint32) Errno
func rmdir(path string) Errno
func unlink(path string) Errno
func chmod(path string, mode uint32) Errno
func chown(path string, uid int, gid int) Errno
func lchown(path string, uid int, gid int) Errno
func truncate(path string, length int64) Errno
func access(path string, mode uint32) Errno
func utimes(path string, asec, ansec, msec, mnsec int64) Errno
func rename(from, to string) Errno
func link(from, to string) Errno
func symlink(target, link string) Errno
func readlink(path string, buf []byte) (n int, e Errno)
func chdir(path string) Errno
func fchdir(fd int) Errno
func getwd() string

const (
	_AT_FDCWD            = -0x64
	_AT_REMOVEDIR        = 0x200
	_AT_SYMLINK_NOFOLLOW = 0x100
)

func Open(path string, mode int, perm uint32) (fd int, err error) {
	return Openat(_AT_FDCWD, path, mode|O_LARGEFILE, perm)
}

func Openat(dirfd int, path string, flags int, mode uint32) (fd int, err error) {
	fd, e := openat(dirfd, path, flags|O_LARGEFILE, mode)
	return fd, errnoErr(e)
}

func Unlinkat(dirfd int, path string) error { return errnoErr(unlinkat(dirfd, path, 0)) }

func Close(fd int) (err error) { return errnoErr(closeFd(fd)) }

func Read(fd int, p []byte) (n int, err error) {
	n, e := read(fd, p)
	return n, errnoErr(e)
}

func Write(fd int, p []byte) (n int, err error) {
	n, e := write(fd, p)
	return n, errnoErr(e)
}

func Pread(fd int, p []byte, offset int64) (n int, err error) {
	n, e := pread(fd, p, offset)
	return n, errnoErr(e)
}

func Pwrite(fd int, p []byte, offset int64) (n int, err error) {
	n, e := pwrite(fd, p, offset)
	return n, errnoErr(e)
}

func Seek(fd int, offset int64, whence int) (off int64, err error) {
	off, e := seek(fd, offset, whence)
	return off, errnoErr(e)
}

func Fsync(fd int) (err error)                     { return errnoErr(fsync(fd)) }
func Ftruncate(fd int, length int64) (err error)   { return errnoErr(ftruncate(fd, length)) }
func Fchmod(fd int, mode uint32) (err error)       { return errnoErr(fchmod(fd, mode)) }
func Fchown(fd int, uid int, gid int) (err error)  { return errnoErr(fchown(fd, uid, gid)) }
func Mkdir(path string, mode uint32) (err error)   { return errnoErr(mkdir(path, mode)) }
func Rmdir(path string) error                      { return errnoErr(rmdir(path)) }
func Unlink(path string) error                     { return errnoErr(unlink(path)) }
func Chmod(path string, mode uint32) (err error)   { return errnoErr(chmod(path, mode)) }
func Chown(path string, uid int, gid int) error    { return errnoErr(chown(path, uid, gid)) }
func Lchown(path string, uid int, gid int) error   { return errnoErr(lchown(path, uid, gid)) }
func Truncate(path string, length int64) error     { return errnoErr(truncate(path, length)) }
func Access(path string, mode uint32) (err error)  { return errnoErr(access(path, mode)) }
func Rename(oldpath string, newpath string) error  { return errnoErr(rename(oldpath, newpath)) }
func Link(oldpath string, newpath string) error    { return errnoErr(link(oldpath, newpath)) }
func Symlink(oldpath string, newpath string) error { return errnoErr(symlink(oldpath, newpath)) }
func Chdir(path string) (err error)                { return errnoErr(chdir(path)) }
func Fchdir(fd int) (err error)                    { return errnoErr(fchdir(fd)) }

func Fstat(fd int, st *Stat_t) (err error) {
	var b statBuf
	if e := fstat(fd, &b); e != 0 {
		return e
	}
	b.fill(st)
	return nil
}

func Stat(path string, st *Stat_t) (err error) { return Fstatat(_AT_FDCWD, path, st, 0) }

func Lstat(path string, st *Stat_t) (err error) {
	return Fstatat(_AT_FDCWD, path, st, _AT_SYMLINK_NOFOLLOW)
}

func Fstatat(fd int, path string, st *Stat_t, flags int) (err error) {
	var b statBuf
	if e := fstatat(fd, path, flags, &b); e != 0 {
		return e
	}
	b.fill(st)
	return nil
}

func Readlink(path string, buf []byte) (n int, err error) {
	n, e := readlink(path, buf)
	return n, errnoErr(e)
}

func Getdents(fd int, buf []byte) (n int, err error) {
	n, e := getdents(fd, buf)
	return n, errnoErr(e)
}

func ReadDirent(fd int, buf []byte) (n int, err error) { return Getdents(fd, buf) }

func Pipe(p []int) error { return Pipe2(p, 0) }

func Pipe2(p []int, flags int) error {
	if len(p) != 2 {
		return EINVAL
	}
	r, w, e := pipe2(flags)
	if e != 0 {
		return e
	}
	p[0], p[1] = r, w
	return nil
}

// UtimesNano sets the access and modification times of path.
func UtimesNano(path string, ts []Timespec) (err error) {
	if len(ts) != 2 {
		return EINVAL
	}
	return errnoErr(utimes(path, ts[0].Sec, ts[0].Nsec, ts[1].Sec, ts[1].Nsec))
}

func Getwd() (wd string, err error) { return getwd(), nil }

// ImplementsGetwd reports that Getwd is implemented.
const ImplementsGetwd = true

func Getpagesize() int { return 4096 }
