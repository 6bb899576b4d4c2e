//go:build unix

package plans

import "syscall"

// openNonBlocking makes opening a named pipe return at once instead of
// waiting for a writer.
const openNonBlocking = syscall.O_NONBLOCK
