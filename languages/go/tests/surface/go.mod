module switchboard.dev/surface

go 1.23
