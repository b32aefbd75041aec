package io.sekisho.ui.internal;

import java.net.URL;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.Bundle;

/**
 * The IDE's shared images (project, folder ...) are declared by the IDE's own workbench advisor, which an RCP
 * application does not use; without them the Project Explorer shows projects without icons and the Problems view
 * errors and warnings alike as a red square.
 */
final class IdeImages {

	private static final String IDE_BUNDLE = "org.eclipse.ui.ide"; //$NON-NLS-1$

	private IdeImages() {
	}

	static void declare(IWorkbenchConfigurer configurer) {
		Bundle ide = Platform.getBundle(IDE_BUNDLE);
		if (ide == null) {
			return;
		}
		declare(configurer, ide, IDE.SharedImages.IMG_OBJ_PROJECT, "icons/full/obj16/prj_obj.svg"); //$NON-NLS-1$
		declare(configurer, ide, IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, "icons/full/obj16/cprj_obj.svg"); //$NON-NLS-1$
		// the Problems view's severity icons and its tab icon; undeclared, each is the red square of a missing image
		// (keys of org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages, declared the same way by the IDE's advisor)
		for (String[] image : PROBLEM_IMAGES) {
			declare(configurer, ide, image[0], image[1]);
		}
	}

	/** Symbolic name and PNG path in org.eclipse.ui.ide (the @2x variants are found beside them). */
	static final String[][] PROBLEM_IMAGES = { //
			{ "IMG_OBJS_ERROR_PATH", "icons/full/obj16/error_tsk.png" }, //$NON-NLS-1$ //$NON-NLS-2$
			{ "IMG_OBJS_WARNING_PATH", "icons/full/obj16/warn_tsk.png" }, //$NON-NLS-1$ //$NON-NLS-2$
			{ "IMG_OBJS_INFO_PATH", "icons/full/obj16/info_tsk.png" }, //$NON-NLS-1$ //$NON-NLS-2$
			{ "IMG_OBJS_FIXABLE_ERROR", "icons/full/obj16/quickfix_error_obj.png" }, //$NON-NLS-1$ //$NON-NLS-2$
			{ "IMG_OBJS_FIXABLE_WARNING", "icons/full/obj16/quickfix_warning_obj.png" }, //$NON-NLS-1$ //$NON-NLS-2$
			{ "IMG_OBJS_FIXABLE_INFO", "icons/full/obj16/quickfix_info_obj.png" }, //$NON-NLS-1$ //$NON-NLS-2$
			{ "IMG_ETOOL_PROBLEMS_VIEW", "icons/full/eview16/problems_view.png" }, //$NON-NLS-1$ //$NON-NLS-2$
			{ "IMG_ETOOL_PROBLEMS_VIEW_ERROR", "icons/full/eview16/problems_view_error.png" }, //$NON-NLS-1$ //$NON-NLS-2$
			{ "IMG_ETOOL_PROBLEMS_VIEW_WARNING", "icons/full/eview16/problems_view_warning.png" }, //$NON-NLS-1$ //$NON-NLS-2$
			{ "IMG_ETOOL_PROBLEMS_VIEW_INFO", "icons/full/eview16/problems_view_info.png" } }; //$NON-NLS-1$ //$NON-NLS-2$

	private static void declare(IWorkbenchConfigurer configurer, Bundle ide, String key, String path) {
		URL url = FileLocator.find(ide, new Path(path));
		if (url == null) {
			url = FileLocator.find(ide, new Path(path.replace(".svg", ".png"))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (url != null) {
			configurer.declareImage(key, ImageDescriptor.createFromURL(url), true);
		}
	}
}
