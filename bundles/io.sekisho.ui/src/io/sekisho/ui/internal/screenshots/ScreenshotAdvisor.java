package io.sekisho.ui.internal.screenshots;

import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.PlatformUI;

import io.sekisho.ui.internal.SekishoWorkbenchAdvisor;

/** The normal workbench advisor, plus a tour of the screens once the workbench is up. */
final class ScreenshotAdvisor extends SekishoWorkbenchAdvisor {

	private final Path out;
	private boolean failed;

	ScreenshotAdvisor(Path out) {
		this.out = out;
	}

	@Override
	public void postStartup() {
		super.postStartup();
		// let the first layout and paint finish before the tour starts
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			try {
				new ScreenTour(out).run();
			} catch (Exception e) {
				failed = true;
				ILog.of(getClass()).error(e.getMessage(), e);
				e.printStackTrace();
			} finally {
				PlatformUI.getWorkbench().close();
			}
		});
	}

	boolean failed() {
		return failed;
	}
}
