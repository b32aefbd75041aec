package io.sekisho.netmap.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;

import io.sekisho.netmap.drawio.DrawioImport;
import io.sekisho.netmap.drawio.DrawioReader;

/**
 * Adds zones, devices and links from a draw.io or CSET diagram (io.sekisho.netmap's importer): shows what it
 * would change, then applies it as one undoable command. A file the importer refuses is named with its reason;
 * nothing changes then.
 */
final class MapImport {

	private static final int MAX_LINES_SHOWN = 25;

	private MapImport() {
	}

	static void run(MapHost host) {
		FileDialog dialog = new FileDialog(host.shell(), SWT.OPEN);
		dialog.setText(Messages.Import_title);
		dialog.setFilterExtensions(new String[] { "*.drawio;*.xml", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFilterNames(new String[] { Messages.Import_filter, Messages.Import_allFiles });
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		DrawioImport plan;
		try {
			plan = plan(host, Path.of(chosen));
		} catch (IOException e) {
			MessageDialog.openError(host.shell(), Messages.Import_title, NLS.bind(Messages.Import_failed, chosen, e.getMessage()));
			return;
		}
		if (plan.isEmpty()) {
			MessageDialog.openInformation(host.shell(), Messages.Import_title, NLS.bind(Messages.Import_nothing, chosen));
			return;
		}
		List<String> lines = new ArrayList<>(plan.describe());
		int more = lines.size() - MAX_LINES_SHOWN;
		if (more > 0) {
			lines = new ArrayList<>(lines.subList(0, MAX_LINES_SHOWN));
			lines.add(NLS.bind(Messages.Import_more, more));
		}
		if (!plan.warnings().isEmpty()) {
			lines.add(""); //$NON-NLS-1$
			lines.addAll(plan.warnings());
		}
		if (MessageDialog.openQuestion(host.shell(), Messages.Import_title,
				NLS.bind(Messages.Import_confirm, chosen, String.join("\n", lines)))) { //$NON-NLS-1$
			Command command = plan.command(host.editingDomain(), host.resource());
			if (command.canExecute()) {
				host.execute(command);
			}
		}
	}

	static DrawioImport plan(MapHost host, Path file) throws IOException {
		return DrawioImport.plan(host.facility(), DrawioReader.read(file));
	}
}
