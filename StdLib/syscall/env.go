package syscall

// The environment is the program's own copy of the host process's, taken when it first looks.

// Getenv retrieves the value of the environment variable named by the key.
func Getenv(key string) (value string, found bool)

func setenv(key, value string)
func unsetenv(key string)

// Clearenv deletes all environment variables.
func Clearenv()

// Environ returns a copy of strings representing the environment, in the form "key=value".
func Environ() []string

func Setenv(key, value string) error {
	if len(key) == 0 {
		return EINVAL
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return EINVAL
		}
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			return EINVAL
		}
	}
	setenv(key, value)
	return nil
}

func Unsetenv(key string) error {
	unsetenv(key)
	return nil
}
