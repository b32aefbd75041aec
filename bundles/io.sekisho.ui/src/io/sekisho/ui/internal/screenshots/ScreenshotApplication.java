package io.sekisho.ui.internal.screenshots;

import java.nio.file.Path;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * io.sekisho.ui.screenshots: starts the rich client on a fresh workspace, opens the demo hospital, writes PNG
 * pictures of the main screens into the folder given with --out, and exits. ./sekisho screenshots runs it under
 * Xvfb once per language (-nl ja, -nl en).
 */
public final class ScreenshotApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		Path out = Path.of("screenshots"); //$NON-NLS-1$
		for (int i = 0; args != null && i < args.length - 1; i++) {
			if (args[i].equals("--out")) { //$NON-NLS-1$
				out = Path.of(args[i + 1]);
			}
		}
		Display display = PlatformUI.createDisplay();
		try {
			ScreenshotAdvisor advisor = new ScreenshotAdvisor(out.toAbsolutePath());
			PlatformUI.createAndRunWorkbench(display, advisor);
			return advisor.failed() ? Integer.valueOf(1) : IApplication.EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	@Override
	public void stop() {
		// the run ends by itself when the pictures are written
	}
}
