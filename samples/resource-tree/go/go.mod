module tree-sdk

go 1.23
