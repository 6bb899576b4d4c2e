//go:build !unix

package plans

// openNonBlocking: elsewhere the Stat before opening is the only guard.
const openNonBlocking = 0
