#!/usr/bin/env bash
# The whole test suite, as the README and CI run it: static checks, unit tests, real Terraform, browser.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s ===\n' "$1"; }

step "lint";             npx eslint . --max-warnings=0
step "format";           npx prettier --check . --log-level warn
step "type-check";       npx tsc -p tsconfig.json --noEmit
step "design schema";    npx tsx scripts/write-json-schema.ts --check
step "unit tests";       npx vitest run
step "terraform suite";  npx tsx scripts/terraform-suite.ts
step "end-to-end";       npx vite build && npx playwright test
