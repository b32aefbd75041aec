@echo off
rem sekisho: starts the Sekisho rich client. Usage: sekisho [-data WORKSPACE] [-nl ja|en]
rem Java 21 or newer: JAVA_HOME, else java on the PATH. JVM options: SEKISHO_JAVA_OPTS.
setlocal
set "DIR=%~dp0"
set "JAVA_BIN=javaw"
if defined JAVA_HOME set "JAVA_BIN=%JAVA_HOME%\bin\javaw"
for %%f in ("%DIR%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~ff"
start "Sekisho" "%JAVA_BIN%" -Djava.util.logging.config.file="%DIR%logging.properties" -Xmx2g %SEKISHO_JAVA_OPTS% -jar "%LAUNCHER%" -name Sekisho %*
