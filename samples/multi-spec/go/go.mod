module example-sdk

go 1.23
