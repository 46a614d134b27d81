#!/usr/bin/env bash
# The CI examples run for real (./mvnw verify, phase integration-test): a sample data repository
# is made in a temporary folder, and the shell steps of action.yml, of
# examples/ci/.github/workflows/mediciones.yml and of examples/ci/.gitlab-ci.yml are taken from
# those files and run in it, with the built jar standing in for the release download (a fake
# «curl» serves it and its SHA-256). Green on the example data; red, with the right annotations,
# summary and Code Quality report, once a broken file is added.
set -euo pipefail
jar=$(readlink -f "${1:?uso: ci-examples-test.sh target/mpi.jar CARPETA_DEL_PROYECTO}")
project=$(readlink -f "${2:?falta la carpeta del proyecto}")
fail() { echo "ci-examples-test: FALLA: $*" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
repo=$work/datos-repo
mkdir -p "$repo/datos" "$work/bin" "$work/runner"
cp "$project"/examples/*.csv "$repo/datos/"
cp -r "$project/examples/ci/.github" "$project/examples/ci/.gitlab-ci.yml" "$repo/"

# «curl -fsSL --retry 3 -o FILE URL»: the release's mpi.jar is the built jar; SHA256SUMS its sum.
cat >"$work/bin/curl" <<CURL
#!/usr/bin/env bash
out=; url=
while [ \$# -gt 0 ]; do
  case \$1 in -o) out=\$2; shift 2 ;; --retry) shift 2 ;; -*) shift ;; *) url=\$1; shift ;; esac
done
echo "\$url" >>"$work/urls"
case \$url in
  */mpi.jar) cp "$jar" "\$out" ;;
  */SHA256SUMS) (cd "\$(dirname "$jar")" && sha256sum "\$(basename "$jar")") >"\$out" ;;
  *) echo "curl falso: no conozco \$url" >&2; exit 22 ;;
esac
CURL
chmod +x "$work/bin/curl"
export PATH="$work/bin:$PATH"

# The body of a «run: |» (or «- |» under «script:») block of FILE: the step named NAME, or the
# first script block when NAME is «script».
block() {
  awk -v want="$2" '
    function indent(s) { match(s, /^ */); return RLENGTH }
    taking {
      if ($0 ~ /^ *$/) { print ""; next }
      if (indent($0) <= key) { exit }
      print substr($0, key + 3); next
    }
    want == "script" && /^ *script:$/ { found = 1; next }
    want != "script" && $0 ~ ("^ *- name: " want "$") { found = 1; next }
    found && want == "script" && /^ *- \|$/ { key = indent($0); taking = 1; next }
    found && want != "script" && /^ *run: \|$/ { key = indent($0) - 2; taking = 1; next }
  ' "$1"
}

action=$project/action.yml
workflow=$repo/.github/workflows/mediciones.yml
gitlab=$repo/.gitlab-ci.yml
for b in "$action:Descargar mpi" "$action:Validar las mediciones" \
  "$workflow:Informe y carpeta de la Junta" "$gitlab:script"; do
  [ -n "$(block "${b%%:*}" "${b#*:}")" ] || fail "no encontré el bloque «${b#*:}» en ${b%%:*}"
done
uses=$(grep -c 'uses: ORGANIZACION/mpi@v0.1.0' "$workflow")
[ "$uses" = 2 ] || fail "el flujo de ejemplo debe usar la acción dos veces (usa $uses)"
datos_input=$(grep -m1 -A1 'uses: ORGANIZACION/mpi@' "$workflow" >/dev/null && sed -n 's/^ *datos: //p' "$workflow" | head -n 1)
[ "$datos_input" = datos/ ] || fail "entrada datos del ejemplo: «$datos_input»"

cd "$repo"
git init -q -b main . && git add -A && git -c user.name=prueba -c user.email=prueba@example.org commit -qm datos

# GitHub: the action's steps, as a runner would run them for «uses: ORGANIZACION/mpi@v0.1.0».
github_validate() {
  : >"$work/output"
  : >"$work/summary.md"
  export RUNNER_TEMP=$work/runner GITHUB_OUTPUT=$work/output GITHUB_STEP_SUMMARY=$work/summary.md
  export GITHUB_WORKSPACE=$repo
  MPI_REPOSITORIO=ORGANIZACION/mpi MPI_REFERENCIA=v0.1.0 MPI_VERSION='' \
    bash -e -c "$(block "$action" 'Descargar mpi')" >"$work/download.log" 2>&1 ||
    fail "la descarga falló: $(cat "$work/download.log")"
  MPI_JAR=$(sed -n 's/^jar=//p' "$work/output")
  [ -f "$MPI_JAR" ] || fail "la descarga no dejó el jar en GITHUB_OUTPUT"
  set +e
  MPI_JAR=$MPI_JAR MPI_DATOS=$datos_input MPI_FORMATO=sarif MPI_ESTRICTO=false \
    bash -e -c "$(block "$action" 'Validar las mediciones')" >"$work/validate.log" 2>&1
  status=$?
  set -e
}

github_validate
[ "$status" = 0 ] || fail "verde: la validación salió con $status: $(cat "$work/validate.log")"
grep -q '^https://github.com/ORGANIZACION/mpi/releases/download/v0.1.0/mpi.jar$' "$work/urls" ||
  fail "dirección de descarga: $(cat "$work/urls")"
if grep -q '^::' "$work/validate.log"; then fail "verde con anotaciones: $(cat "$work/validate.log")"; fi
grep -q '^\*\*Sin errores.\*\* 3 archivos, ' "$work/summary.md" || fail "resumen verde: $(cat "$work/summary.md")"
grep -q '"exitCode" : 0' mpi-validacion.sarif || grep -q '"exitCode": 0' mpi-validacion.sarif ||
  fail "SARIF verde sin exitCode 0"
rm mpi-validacion.sarif

# The tag job: report and packet of the tag's period.
mkdir -p "$work/tag" && cp -r "$repo/datos" "$work/tag/" && (
  cd "$work/tag"
  MPI_JAR=$MPI_JAR ETIQUETA=entrega-2025-Q2 \
    bash -e -c "$(block "$workflow" 'Informe y carpeta de la Junta')" >"$work/tag.log" 2>&1 ||
    fail "la entrega falló: $(cat "$work/tag.log")"
  for f in entrega/informe-2025-Q2.pdf entrega/carpeta-junta-2025-Q2.pdf; do
    [ "$(head -c 5 "$f")" = "%PDF-" ] || fail "$f no es un PDF"
  done
)

# GitLab: the job's script with the file's variables.
gitlab_validate() {
  set +e
  MPI_REPOSITORIO=$(sed -n 's/^ *MPI_REPOSITORIO: "\(.*\)"/\1/p' "$gitlab") \
    MPI_VERSION=$(sed -n 's/^ *MPI_VERSION: "\(.*\)"/\1/p' "$gitlab") CI_PROJECT_DIR=$repo \
    GITHUB_WORKSPACE='' bash -eo pipefail -c "$(block "$gitlab" script)" >"$work/gitlab.log" 2>&1
  gl_status=$?
  set -e
}
gitlab_validate
[ "$gl_status" = 0 ] || fail "GitLab verde salió con $gl_status: $(cat "$work/gitlab.log")"
[ "$(tr -d ' \n' <gl-code-quality-report.json)" = "[]" ] || fail "Code Quality verde no vacío"

# Red: a broken file with 12 errors (period 2025-Q5, column 7 of lines 2 to 13).
{
  echo "indicador,periodo,valor"
  for _ in $(seq 12); do echo "1.1.2,2025-Q5,3"; done
} >datos/2025-julio.csv
git add -A && git -c user.name=prueba -c user.email=prueba@example.org commit -qm roto

github_validate
[ "$status" = 1 ] || fail "rojo: la validación salió con $status"
errors=$(grep -c '^::error file=datos/2025-julio.csv,line=[0-9]*,col=7,title=bad-period::' "$work/validate.log")
[ "$errors" = 10 ] || fail "rojo: se esperaban 10 anotaciones de error y hay $errors: $(cat "$work/validate.log")"
for line in $(seq 2 11); do
  grep -q "^::error file=datos/2025-julio.csv,line=$line,col=7," "$work/validate.log" || fail "falta la anotación de la línea $line"
done
for line in 12 13; do
  grep -q "^datos/2025-julio.csv:$line:7: error: " "$work/validate.log" || fail "falta la línea $line en el registro"
done
notice=$(grep '^::notice ' "$work/validate.log" || true)
[ "$(grep -c . <<<"$notice")" = 1 ] || fail "debe haber un ::notice: $notice"
grep -q '::12 errores y 0 advertencias en total' <<<"$notice" || fail "notice: $notice"
rows=$(grep -c '^| \*\*error\*\* | `datos/2025-julio.csv` | ' "$work/summary.md")
[ "$rows" = 12 ] || fail "el resumen debe tener las 12 filas y tiene $rows"
grep -q '"exitCode" *: *1' mpi-validacion.sarif || fail "SARIF rojo sin exitCode 1"
[ "$(grep -c '"ruleId" *: *"bad-period"' mpi-validacion.sarif)" = 12 ] || fail "SARIF sin 12 resultados"

gitlab_validate
[ "$gl_status" = 1 ] || fail "GitLab rojo salió con $gl_status"
[ "$(grep -c '"path" *: *"datos/2025-julio.csv"' gl-code-quality-report.json)" = 12 ] ||
  fail "Code Quality rojo: $(cat gl-code-quality-report.json)"
grep -q 'datos/2025-julio.csv:13:7: error' "$work/gitlab.log" || fail "el registro de GitLab no lista los errores"

echo "ci-examples-test: correcto (verde con los ejemplos, rojo con 12 errores)"
