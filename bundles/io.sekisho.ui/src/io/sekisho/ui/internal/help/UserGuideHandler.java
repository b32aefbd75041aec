package io.sekisho.ui.internal.help;

import java.io.IOException;
import java.net.URL;
import java.util.Locale;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.ui.handlers.HandlerUtil;
import org.osgi.framework.FrameworkUtil;

/**
 * Help > ユーザーガイド: the short guide shipped in this bundle (help/guide_ja.html, help/guide_en.html), opened in
 * the system's browser from a local file, so it works on a closed network.
 */
public final class UserGuideHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		try {
			String file = FileLocator.toFileURL(guide(Locale.getDefault())).getFile();
			if (!Program.launch(file)) {
				MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.Guide_title, NLS.bind(Messages.Guide_noBrowser, file));
			}
		} catch (IOException e) {
			ILog.of(getClass()).error(e.getMessage(), e);
			MessageDialog.openError(HandlerUtil.getActiveShell(event), Messages.Guide_title, NLS.bind(Messages.Guide_missing, e.getMessage()));
		}
		return null;
	}

	/** @return the guide in the user's language (Japanese, else English), inside this bundle */
	static URL guide(Locale locale) throws IOException {
		String name = "ja".equals(locale.getLanguage()) ? "help/guide_ja.html" : "help/guide_en.html"; //$NON-NLS-1$ //$NON-NLS-2$
		URL url = FrameworkUtil.getBundle(UserGuideHandler.class).getEntry(name);
		if (url == null) {
			throw new IOException(name);
		}
		return url;
	}
}
