@echo off
rem mpi para Windows: ejecuta lib\mpi.jar con Java 17 o mas reciente. No compila ni usa la red.
rem Busca Java en runtime\ (la distribucion con Java incluido), en JAVA_HOME y en el PATH.
rem Pone la consola en UTF-8 (chcp 65001) mientras corre, para que se vean bien los acentos, y
rem deja despues la pagina de codigos que habia. MPI_JAVA_OPTS agrega opciones a la JVM.
setlocal EnableExtensions
set "MPI_HOME=%~dp0.."
set "JAVA_EXE="
if exist "%MPI_HOME%\runtime\bin\java.exe" set "JAVA_EXE=%MPI_HOME%\runtime\bin\java.exe"
if not defined JAVA_EXE if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE for %%J in (java.exe) do if not "%%~$PATH:J"=="" set "JAVA_EXE=%%~$PATH:J"
if not defined JAVA_EXE goto nojava
set "JAVA_VERSION="
for /f "tokens=3" %%V in ('call "%JAVA_EXE%" -version 2^>^&1 ^| findstr /i /c:"version"') do if not defined JAVA_VERSION set "JAVA_VERSION=%%~V"
if not defined JAVA_VERSION goto oldjava
for /f "tokens=1,2 delims=." %%A in ("%JAVA_VERSION%") do (set "JAVA_MAJOR=%%A" & set "JAVA_MINOR=%%B")
if "%JAVA_MAJOR%"=="1" set "JAVA_MAJOR=%JAVA_MINOR%"
set /a JAVA_MAJOR_NUM=%JAVA_MAJOR% 2>nul
if not defined JAVA_MAJOR_NUM goto oldjava
if %JAVA_MAJOR_NUM% LSS 17 goto oldjava
set "OLD_CP="
for /f "tokens=2 delims=:." %%C in ('chcp') do set /a OLD_CP=%%C 2>nul
chcp 65001 >nul
"%JAVA_EXE%" %MPI_JAVA_OPTS% -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -jar "%MPI_HOME%\lib\mpi.jar" %*
set "RC=%ERRORLEVEL%"
if defined OLD_CP chcp %OLD_CP% >nul
exit /b %RC%
:nojava
echo mpi: no se encontro Java. Instale Java 17 o mas reciente (por ejemplo Eclipse Temurin 17, que no requiere permisos de administrador si se usa el .zip) o descargue la distribucion de mpi que ya incluye Java. 1>&2
exit /b 2
:oldjava
echo mpi: se necesita Java 17 o mas reciente; el que se encontro (%JAVA_EXE%) es la version %JAVA_VERSION%. Instale Java 17 o defina JAVA_HOME con la carpeta de un Java 17. 1>&2
exit /b 2
