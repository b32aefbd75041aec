@echo off
rem sekisho: starts the Sekisho rich client. Usage: sekisho [-data WORKSPACE] [-nl ja|en]
rem Java 21 or newer: the product's jre\, JAVA_HOME, java on the PATH, or the newest JDK installed
rem (java-runtime.cmd). JVM options: SEKISHO_JAVA_OPTS. The install folder is only read.
setlocal
set "DIR=%~dp0"
call "%DIR%java-runtime.cmd"
if errorlevel 3 (
  pause
  exit /b 3
)
rem javaw: no console window for the rich client
set "JAVAW=%JAVA_BIN:java.exe=javaw.exe%"
if not exist "%JAVAW%" set "JAVAW=%JAVA_BIN%"
for %%f in ("%DIR%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~ff"
start "Sekisho" "%JAVAW%" -Djava.util.logging.config.file="%DIR%logging.properties" -Xmx2g -XX:TieredStopAtLevel=1 -Dosgi.sharedConfiguration.area="%DIR%configuration" -Dosgi.configuration.cascaded=true %SEKISHO_JAVA_OPTS% -jar "%LAUNCHER%" -configuration "%CONF%" -name Sekisho %*
