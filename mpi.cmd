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
java -jar "%JAR%" %*
exit /b %ERRORLEVEL%
:nojava
echo mpi: no se encontro java. Instale un JDK 17 o superior. 1>&2
exit /b 2
:failed
popd
echo mpi: la compilacion fallo; vea los mensajes de arriba. 1>&2
exit /b 3
