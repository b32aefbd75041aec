package io.sekisho.ui.internal.vendors;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import io.sekisho.vendors.VendorInstallException;
import io.sekisho.vendors.VendorInstaller;

/** Help > ベンダー拡張の追加…: asks for the repository, then installs it in the background. */
public final class AddVendorBundleHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		VendorInstaller installer = VendorInstaller.forThisProduct();
		String unavailable = installer.unavailableReason();
		Path destination = null;
		if (unavailable == null) {
			try {
				destination = installer.installLocation();
			} catch (VendorInstallException e) {
				unavailable = e.getMessage();
			}
		}
		AddVendorBundleDialog dialog = new AddVendorBundleDialog(shell, unavailable, destination);
		if (dialog.open() == Window.OK && dialog.repository() != null) {
			new VendorInstallJob(installer, dialog.repository(), shell.getDisplay()).schedule();
		}
		return null;
	}
}
