@echo off
rem sekishoc: Sekisho's headless command line. Usage: sekishoc COMMAND [ARGUMENTS...]
rem Java 21 or newer: the product's jre\, JAVA_HOME, java on the PATH, or the newest JDK installed
rem (java-runtime.cmd). JVM options: SEKISHO_JAVA_OPTS. The install folder is only read.
setlocal
set "DIR=%~dp0"
call "%DIR%java-runtime.cmd"
if errorlevel 3 exit /b 3
for %%f in ("%DIR%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~ff"
"%JAVA_BIN%" -Djava.util.logging.config.file="%DIR%logging.properties" -Djava.awt.headless=true -Dosgi.sharedConfiguration.area="%DIR%configuration" -Dosgi.configuration.cascaded=true %SEKISHO_JAVA_OPTS% -jar "%LAUNCHER%" -configuration "%CONF%" -nosplash -data @none -application io.sekisho.cli.sekishoc %*
exit /b %ERRORLEVEL%
