#!/usr/bin/env bash
# Makes the workbooks the tests read, with LibreOffice Calc, from the sources beside this script:
#   handlingsplan.fods → «Handlingsplan Fjordvik 2025 (endelig).xlsx» (merged cells, dates, several sheets)
#   anskaffelser.csv   → «Anskaffelser – eksport fra KGV.xlsx»         (a register saved from CSV, nb-NO)
# Usage: regenerate.sh [OUT_DIR]   (default: this folder). LibreOffice stamps the time it saved a
# workbook into it, so the bytes differ from run to run; the tests compare what is read.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here}"
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
profile="file://$work/profile"
convert() { # SOURCE TARGET-NAME [INFILTER]
  local args=(--headless "-env:UserInstallation=$profile" --convert-to "xlsx:Calc MS Excel 2007 XML" --outdir "$work")
  if [ -n "${3:-}" ]; then args+=("--infilter=$3"); fi
  soffice "${args[@]}" "$1" >/dev/null 2>&1
  mv "$work/$(basename "${1%.*}").xlsx" "$out/$2"
}
convert "$here/handlingsplan.fods" "Handlingsplan Fjordvik 2025 (endelig).xlsx"
# Separator ; (59), quote " (34), UTF-8 (76), from line 1, standard columns, Norwegian (1044) dates and numbers.
convert "$here/anskaffelser.csv" "Anskaffelser – eksport fra KGV.xlsx" "CSV:59,34,76,1,,1044"
ls "$out"/*.xlsx
