//go:build darwin || dragonfly || freebsd || linux || netbsd || openbsd

package interview

import (
	"errors"
	"os"
	"syscall"
)

// tryLock takes f's advisory lock (flock) without waiting: false when
// another open file, in this process or another, holds it. flock, unlike
// fcntl's locks, belongs to the open file, so two claims in one process
// exclude each other too, and the system drops it when the process ends.
func tryLock(f *os.File) (bool, error) {
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		switch {
		case err == nil:
			return true, nil
		case errors.Is(err, syscall.EINTR):
			continue
		case errors.Is(err, syscall.EWOULDBLOCK):
			return false, nil
		}
		return false, err
	}
}
