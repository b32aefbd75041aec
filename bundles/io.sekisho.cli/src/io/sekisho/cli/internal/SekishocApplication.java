package io.sekisho.cli.internal;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import io.sekisho.cli.CommandIO;

/**
 * The headless application io.sekisho.cli.sekishoc. Needs no display: nothing here or in the commands touches SWT.
 * The Integer it returns becomes the process exit code (the Equinox launcher passes it to System.exit).
 */
public final class SekishocApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		// UTF-8 whatever the platform encoding: Japanese output must survive a Windows console redirected to a file
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		int code = new Dispatcher(CommandRegistry.fromPlatform()).execute(args == null ? new String[0] : args, new CommandIO(System.in, out, err));
		out.flush();
		err.flush();
		return Integer.valueOf(code);
	}

	@Override
	public void stop() {
		// commands are short-lived and not interruptible
	}
}
