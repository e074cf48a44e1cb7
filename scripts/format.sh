#!/usr/bin/env bash
# Applies .clang-format to every tracked C++ source (the generated single header excepted), with
# the clang-format that CI checks with. Run from anywhere in the tree: scripts/format.sh
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"
clang_format=${CLANG_FORMAT:-clang-format-19}
git ls-files -z -- '*.hpp' '*.cpp' '*.cu' ':!single_include/**' | xargs -0 "$clang_format" -i
