#!/usr/bin/env bash
# The distribution zip as a user gets it (run by ./mvnw verify, phase integration-test):
# unzipped into an empty folder, bin/mpi runs with only Java on the PATH (a fake «mvn» that fails
# proves Maven is never called) and, where the kernel allows it, with no network at all; the man
# page renders; the bash completion script loads and completes commands, options and values.
set -euo pipefail
zip=${1:?uso: dist-test.sh target/mpi-VERSION.zip}
fail() { echo "dist-test: FALLA: $*" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/unzipped"
if command -v unzip >/dev/null 2>&1; then
  unzip -q "$zip" -d "$work/unzipped"
else
  python3 -m zipfile -e "$zip" "$work/unzipped"
  chmod +x "$work"/unzipped/*/bin/mpi
fi
dist=$(echo "$work"/unzipped/mpi-*)
[ -d "$dist" ] || fail "el zip no tiene la carpeta mpi-VERSIÓN"
for f in lib/mpi.jar bin/mpi bin/mpi.cmd man/man1/mpi.1 completion/mpi.bash README.md \
  docs/validacion.md docs/distribucion.md examples/2025-enero-junio.csv; do
  [ -f "$dist/$f" ] || fail "falta $f en el zip"
done
[ -x "$dist/bin/mpi" ] || fail "bin/mpi no es ejecutable"
if find "$dist" -name 'mvnw*' -o -name pom.xml | grep -q .; then fail "el zip trae Maven"; fi
grep -q $'\r$' "$dist/bin/mpi.cmd" || fail "bin/mpi.cmd no tiene fin de línea CRLF"
if grep -q $'\r' "$dist/bin/mpi"; then fail "bin/mpi tiene CR"; fi

# A PATH with java and the few tools the launcher uses, plus an «mvn» that fails loudly.
java_bin=$(dirname "$(readlink -f "$(command -v java)")")
mkdir "$work/path"
for tool in sh dirname sed ls head cut cat; do ln -s "$(command -v "$tool")" "$work/path/$tool"; done
printf '#!/bin/sh\necho "se llamó a Maven" >&2\nexit 99\n' >"$work/path/mvn"
chmod +x "$work/path/mvn"
cp "$work/path/mvn" "$work/path/mvnw"
isolated=(env -i "PATH=$work/path:$java_bin" "HOME=$work" LANG=C.UTF-8)
if unshare -n true 2>/dev/null; then
  isolated=(unshare -n "${isolated[@]}")
  echo "dist-test: sin red (unshare -n)"
else
  echo "dist-test: este sistema no permite quitar la red (unshare -n); se prueba sin Maven en el PATH"
fi

cd "$work"
out=$("${isolated[@]}" "$dist/bin/mpi" validate "$dist/examples") ||
  fail "bin/mpi validate examples salió con $?: $out"
grep -q 'sin errores' <<<"$out" || fail "validate no dijo «sin errores»: $out"

# A path with accents under LC_ALL=C and no LANG (issue 14): bin/mpi runs Java in C.UTF-8.
mkdir "$work/Coordinación"
cp "$dist/examples/2025-mensual.csv" "$work/Coordinación/datos ñ.csv"
out=$(env -i "PATH=$work/path:$java_bin" "HOME=$work" LC_ALL=C "$dist/bin/mpi" validate \
  "Coordinación/datos ñ.csv" 2>&1) || fail "con LC_ALL=C, una ruta con acentos salió con $?: $out"
grep -q 'sin errores' <<<"$out" || fail "con LC_ALL=C, validate no dijo «sin errores»: $out"

version=$("${isolated[@]}" "$dist/bin/mpi" --version)
grep -q '^mpi [0-9]' <<<"$version" || fail "--version: $version"
grep -q '^revisión ' <<<"$version" || fail "--version sin revisión: $version"

printf 'indicador,periodo,valor\n1.1.2,2025-Q5,3\n' >"$work/roto.csv"
set +e
bad=$("${isolated[@]}" "$dist/bin/mpi" validate --format github "$work/roto.csv")
code=$?
set -e
[ "$code" = 1 ] || fail "un CSV con errores debe salir con 1 y salió con $code"
grep -q '^::error file=.*roto.csv,line=2,col=7,title=bad-period::' <<<"$bad" || fail "anotación: $bad"

# Through a symbolic link, as when bin/mpi is linked into ~/.local/bin.
ln -s "$dist/bin/mpi" "$work/path/mpi"
"${isolated[@]}" mpi plan show >/dev/null || fail "mpi por enlace simbólico"

# An old Java is refused in Spanish, before anything runs.
mkdir -p "$work/oldjava/bin"
printf '#!/bin/sh\necho '\''openjdk version "11.0.2" 2019-01-15'\'' >&2\n' >"$work/oldjava/bin/java"
chmod +x "$work/oldjava/bin/java"
set +e
old=$(env -i "PATH=$work/path" "JAVA_HOME=$work/oldjava" "$dist/bin/mpi" --version 2>&1)
code=$?
set -e
[ "$code" = 2 ] || fail "con Java 11 debe salir con 2 y salió con $code"
grep -q 'se necesita Java 17 o más reciente' <<<"$old" || fail "mensaje de Java viejo: $old"
grep -q '11.0.2' <<<"$old" || fail "el mensaje no dice qué versión encontró: $old"

# The manual page: troff that man renders, with every command.
grep -q '^\.TH MPI 1 ' "$dist/man/man1/mpi.1" || fail "mpi.1 sin .TH"
if command -v man >/dev/null 2>&1; then
  page=$(MANWIDTH=100 man -l "$dist/man/man1/mpi.1" 2>/dev/null | col -b 2>/dev/null || true)
  if [ -n "$page" ]; then
    for word in NOMBRE SINOPSIS "mpi validate" "mpi plan lint" "Ejemplos:" "--format"; do
      grep -qF -- "$word" <<<"$page" || fail "la página de manual no dice «$word»"
    done
  fi
fi

# Bash completion: the script loads, and completes commands, options and option values.
complete_words() {
  bash --norc --noprofile -c '
    source "$1" || exit 1
    shift
    COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 ))
    COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
    _complete_mpi mpi "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}" 2>/dev/null || exit 1
    printf "%s\n" "${COMPREPLY[@]}"' _ "$dist/completion/mpi.bash" "$@"
}
got=$(complete_words mpi val)
[ "$got" = validate ] || fail "«mpi val<TAB>» completó «$got»"
got=$(complete_words mpi pl)
[ "$got" = plan ] || fail "«mpi pl<TAB>» completó «$got»"
got=$(complete_words mpi plan "")
grep -qx lint <<<"$got" && grep -qx show <<<"$got" || fail "«mpi plan <TAB>»: $got"
got=$(complete_words mpi validate --st)
[ "$got" = --strict ] || fail "«mpi validate --st<TAB>» completó «$got»"
got=$(complete_words mpi validate --format "")
for f in text json github gitlab sarif; do grep -qx "$f" <<<"$got" || fail "--format <TAB> sin $f: $got"; done
echo "dist-test: correcto ($(basename "$zip"))"
