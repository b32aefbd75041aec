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
 * application does not use; without them the Project Explorer shows projects without icons.
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
	}

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
