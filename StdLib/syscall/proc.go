package syscall

func Getpid() (pid int)
func Getppid() (ppid int)
func Getuid() (uid int)
func Geteuid() (euid int)
func Getgid() (gid int)
func Getegid() (egid int)

// Kill sends sig to the process pid. A signal the program sends to itself is delivered to
// it alone (its signal.Notify channels, or its default action), not to the host process it
// shares with other programs.
func Kill(pid int, sig Signal) (err error) { return errnoErr(kill(pid, int(sig))) }

func kill(pid int, sig int) Errno

// Exit terminates the program immediately with the given status code.
func Exit(code int)

// The standard descriptors, which are the program's own streams.
var (
	Stdin  = 0
	Stdout = 1
	Stderr = 2
)
