package os

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtimeArgs()

func runtimeArgs() []string

// Exit causes the current program to exit with the given status code. Conventionally, code
// zero indicates success, non-zero an error. The program terminates immediately; deferred
// functions are not run.
func Exit(code int)

// Getenv retrieves the value of the environment variable named by the key. It returns the
// value, which will be empty if the variable is not present.
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// LookupEnv retrieves the value of the environment variable named by the key. If the
// variable is present in the environment the value (which may be empty) is returned and the
// boolean is true. Otherwise the returned value will be empty and the boolean will be false.
func LookupEnv(key string) (string, bool)

// Setenv sets the value of the environment variable named by the key.
func Setenv(key, value string) error {
	if len(key) == 0 {
		return &SyscallError{"setenv", errInvalidArgument}
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return &SyscallError{"setenv", errInvalidArgument}
		}
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			return &SyscallError{"setenv", errInvalidArgument}
		}
	}
	setenv(key, value)
	return nil
}

func setenv(key, value string)

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error {
	unsetenv(key)
	return nil
}

func unsetenv(key string)

// Environ returns a copy of strings representing the environment, in the form "key=value".
func Environ() []string

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// Timeout reports whether this error represents a timeout.
func (e *SyscallError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// NewSyscallError returns, as an error, a new SyscallError with the given system call name
// and error details. As a convenience, if err is nil, NewSyscallError returns nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

var errInvalidArgument = ErrInvalid
