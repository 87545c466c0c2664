#!/usr/bin/env bash
# Java's run of bench/generation.sh: bench/java-generation.sh [RUNS].
exec bash "$(dirname "${BASH_SOURCE[0]}")/generation.sh" java "$@"
