@echo off
rem java-runtime.cmd, called by sekisho.cmd and sekishoc.cmd: sets JAVA_BIN (a Java 21 or newer) and CONF (the
rem user's configuration folder of this install). Java, in this order: the product's jre\, JAVA_HOME, java on the
rem PATH, then the newest JDK in the usual folders. Without one it says which Java is needed and returns 3.
rem The install folder is never written to: the OSGi configuration cache lives in %LOCALAPPDATA%\Sekisho.
set "JAVA_BIN="
set "BEST="
set "BEST_V=0"
if exist "%DIR%jre\bin\java.exe" (
  set "JAVA_BIN=%DIR%jre\bin\java.exe"
  goto :configuration
)
if defined JAVA_HOME call :check "%JAVA_HOME%\bin\java.exe"
if defined JAVA_BIN goto :configuration
for /f "delims=" %%j in ('where java 2^>nul') do if not defined JAVA_BIN call :check "%%~j"
if defined JAVA_BIN goto :configuration
for /d %%d in ("%ProgramFiles%\Eclipse Adoptium\*" "%ProgramFiles%\Java\*" "%ProgramFiles%\Microsoft\jdk-*" "%ProgramFiles%\Amazon Corretto\*" "%ProgramFiles%\Zulu\*" "%LOCALAPPDATA%\Programs\Eclipse Adoptium\*") do call :consider "%%~d\bin\java.exe"
if defined BEST (
  set "JAVA_BIN=%BEST%"
  goto :configuration
)
set "CP="
for /f "tokens=2 delims=:" %%c in ('chcp') do set "CP=%%c"
set "CP=%CP: =%"
if "%CP%"=="932" (
  echo Sekisho には Java 21 以降が必要ですが、見つかりませんでした。 1>&2
  echo Java 21 以降（例: Eclipse Temurin 21 ^(Adoptium^)）を入れ、JAVA_HOME にその場所を設定してください。 1>&2
) else (
  echo Sekisho needs Java 21 or newer and found none. 1>&2
  echo Install Java 21+ ^(for example Eclipse Temurin 21 from Adoptium^) and set JAVA_HOME to it. 1>&2
)
exit /b 3

:configuration
set "KEY=%DIR:\=_%"
set "KEY=%KEY::=%"
set "KEY=%KEY: =_%"
set "CONF=%LOCALAPPDATA%\Sekisho\configuration\%KEY%"
if not exist "%CONF%" mkdir "%CONF%" 2>nul
exit /b 0

:major
rem sets MAJOR to the feature version of the java at %1, 0 when it is none
set "MAJOR=0"
if not exist "%~1" exit /b 0
set "V="
for /f "tokens=2 delims==" %%v in ('^""%~1" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version"^"') do set "V=%%v"
if not defined V exit /b 0
set "V=%V: =%"
if "%V:~0,2%"=="1." set "V=%V:~2%"
for /f "delims=." %%m in ("%V%") do set "MAJOR=%%m"
exit /b 0

:check
call :major "%~1"
if %MAJOR% GEQ 21 set "JAVA_BIN=%~1"
exit /b 0

:consider
call :major "%~1"
if %MAJOR% GEQ 21 if %MAJOR% GTR %BEST_V% (
  set "BEST=%~1"
  set "BEST_V=%MAJOR%"
)
exit /b 0
