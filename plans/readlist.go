package plans

import (
	"errors"
	"io/fs"
)

// ReadKeptFile reads one of the files carecost keeps beside the draft (the
// recent files, the plans compared) as a scenario file is read
// (ReadScenarioFile: a regular file, bounded; never a pipe that blocks):
// (nil, nil) when there is none; an error that says why in words.
func ReadKeptFile(path string) ([]byte, error) {
	data, err := ReadScenarioFile(path, nil)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		var re *ReadError
		if errors.As(err, &re) && re.Err == nil {
			err = errors.New("it is not a regular file of at most 1 MiB")
		}
		return nil, err
	}
	return data, nil
}
