module hostile-sdk

go 1.23
