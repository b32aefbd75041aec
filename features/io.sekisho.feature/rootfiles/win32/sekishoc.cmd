@echo off
rem sekishoc: Sekisho's headless command line. Usage: sekishoc COMMAND [ARGUMENTS...]
rem Java 21 or newer: JAVA_HOME, else java on the PATH. JVM options: SEKISHO_JAVA_OPTS.
setlocal
set "DIR=%~dp0"
set "JAVA_BIN=java"
if defined JAVA_HOME set "JAVA_BIN=%JAVA_HOME%\bin\java"
for %%f in ("%DIR%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~ff"
"%JAVA_BIN%" -Djava.util.logging.config.file="%DIR%logging.properties" -Djava.awt.headless=true %SEKISHO_JAVA_OPTS% -jar "%LAUNCHER%" -nosplash -data @none -application io.sekisho.cli.sekishoc %*
exit /b %ERRORLEVEL%
