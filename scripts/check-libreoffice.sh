#!/usr/bin/env bash
# Opens a tk13 report in LibreOffice Calc (headless), converts it to PDF and, when poppler's
# pdftoppm is there, renders page 1 to PNG: the "opens without repair prompts" check of PRODUCT §6.
#
#   scripts/check-libreoffice.sh REPORT.xlsx [OUTDIR]
#
# Exits 0 when the conversion worked (or LibreOffice is not installed: skipped, with a message),
# 1 when LibreOffice could not convert the file, 2 on wrong usage.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
  echo "usage: $0 REPORT.xlsx [OUTDIR]" >&2
  exit 2
fi
report=$1
outdir=${2:-$(dirname "$report")}
if [[ ! -f $report ]]; then
  echo "not found: $report" >&2
  exit 2
fi

soffice=$(command -v soffice || command -v libreoffice || true)
if [[ -z $soffice ]]; then
  echo "LibreOffice (soffice) is not installed: check skipped." >&2
  echo "  Debian/Ubuntu: apt-get install -y libreoffice-calc-nogui poppler-utils" >&2
  exit 0
fi

mkdir -p "$outdir"
name=$(basename "${report%.*}")
pdf="$outdir/$name.pdf"
rm -f "$pdf"
# A private profile: no first-start wizard, no clash with a LibreOffice the user has open.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
log=$(mktemp)
if ! timeout 180 "$soffice" -env:UserInstallation="file://$profile" --headless --norestore \
  --convert-to pdf --outdir "$outdir" "$report" >"$log" 2>&1 || [[ ! -s $pdf ]]; then
  echo "LibreOffice could not convert $report:" >&2
  cat "$log" >&2
  rm -f "$log"
  exit 1
fi
if grep -qi "error" "$log"; then
  echo "LibreOffice reported errors while converting $report:" >&2
  cat "$log" >&2
  rm -f "$log"
  exit 1
fi
rm -f "$log"
echo "PDF: $pdf"

if command -v pdftoppm >/dev/null; then
  pdftoppm -f 1 -l 1 -r 110 -png -singlefile "$pdf" "$outdir/$name-page1"
  echo "Page 1: $outdir/$name-page1.png"
else
  echo "pdftoppm (poppler-utils) is not installed: no PNG of page 1." >&2
fi
