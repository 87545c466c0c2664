module kitchen-sink-sdk

go 1.23
