@echo off
rem mpi para Windows: compila el jar la primera vez y lo ejecuta. Requiere un JDK 17 o superior.
rem Tras cambiar las fuentes o el plan, borre target\mpi.jar para que se vuelva a compilar.
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%target\mpi.jar"
where java >nul 2>nul
if errorlevel 1 goto nojava
if exist "%JAR%" goto run
echo mpi: compilando la herramienta, solo la primera vez; puede tardar un par de minutos... 1>&2
pushd "%HERE%"
call mvnw.cmd -B -q -DskipTests package 1>&2
if errorlevel 1 goto failed
popd
:run
rem Opciones de la JVM elegidas por medicion (docs/rendimiento.md): archivo CDS de la compilacion si existe,
rem recolector serial y un tope de memoria; MPI_JAVA_OPTS va al final y gana (p. ej. -Xmx4g).
set "OPTS=-XX:+UseSerialGC -Xmx2g"
if exist "%HERE%target\mpi.jsa" set "OPTS=%OPTS% "-XX:SharedArchiveFile=%HERE%target\mpi.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off"
rem Texto en UTF-8 como en bin\mpi.cmd de la distribucion (las rutas de Windows ya son Unicode): la
rem consola pasa a UTF-8 (chcp 65001) mientras corre y despues vuelve a la pagina de codigos que habia.
set "OLD_CP="
for /f "tokens=2 delims=:." %%C in ('chcp') do set /a OLD_CP=%%C 2>nul
chcp 65001 >nul
java %OPTS% -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 %MPI_JAVA_OPTS% -jar "%JAR%" %*
set "RC=%ERRORLEVEL%"
if defined OLD_CP chcp %OLD_CP% >nul
exit /b %RC%
:nojava
echo mpi: no se encontro java. Instale un JDK 17 o superior. 1>&2
exit /b 2
:failed
popd
echo mpi: la compilacion fallo; vea los mensajes de arriba. 1>&2
exit /b 3
