package calc

// CheckIdentities lets the external tests (which may import plans to parse
// files) assert the identities on a result.
var CheckIdentities = checkIdentities
