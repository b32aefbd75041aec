package io.sekisho.ui.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import io.sekisho.core.demo.DemoFacility;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.persistence.SekishoFiles;

/** One workspace project per facility, holding its .sekisho file. */
public final class FacilityProjects {

	/** File name of the facility file inside a facility project. */
	public static final String FACILITY_FILE = "facility.sekisho"; //$NON-NLS-1$

	private FacilityProjects() {
	}

	/** Creates the project of a new facility (named after it) with the facility file; refuses an existing project. */
	public static IFile create(FacilityWorkbook workbook, IProgressMonitor monitor) throws CoreException {
		String name = workbook.getFacility().getName().strip().replaceAll("[\\\\/:*?\"<>|]", "_"); //$NON-NLS-1$ //$NON-NLS-2$
		return create(name, workbook, monitor);
	}

	/** Creates a project with a copy of the demo hospital, named after it (with a number when that name is taken). */
	public static IFile createDemo(IProgressMonitor monitor) throws CoreException {
		FacilityWorkbook demo = DemoFacility.withFreshSalt();
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		String base = demo.getFacility().getName();
		String name = base;
		for (int i = 2; root.getProject(name).exists(); i++) {
			name = base + " (" + i + ")"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return create(name, demo, monitor);
	}

	private static IFile create(String projectName, FacilityWorkbook workbook, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Projects_creating, projectName), 3);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
		if (project.exists()) {
			throw new CoreException(Status.error(NLS.bind(Messages.NewFacility_projectExists, projectName)));
		}
		project.create(progress.split(1));
		project.open(progress.split(1));
		IFile file = project.getFile(FACILITY_FILE);
		Path location = file.getLocation().toFile().toPath();
		try {
			SekishoFiles.save(workbook, location);
		} catch (IOException e) {
			throw new CoreException(Status.error(NLS.bind(Messages.Projects_saveFailed, location, e.getMessage()), e));
		}
		file.refreshLocal(IResource.DEPTH_ZERO, progress.split(1));
		return file;
	}

	/** @return {@code base}, or "base (2)", "base (3)"… when a project of that name exists */
	public static String freeProjectName(String base) {
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		String name = base;
		for (int i = 2; root.getProject(name).exists(); i++) {
			name = base + " (" + i + ")"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return name;
	}

	/**
	 * Copies a facility file made elsewhere, byte for byte, into a new project as its facility file; the source
	 * stays as it is. The caller has checked that it loads.
	 */
	public static IFile importCopy(Path source, String projectName, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 3);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
		if (project.exists()) {
			throw new CoreException(Status.error(NLS.bind(Messages.NewFacility_projectExists, projectName)));
		}
		project.create(progress.split(1));
		project.open(progress.split(1));
		IFile file = project.getFile(FACILITY_FILE);
		try (java.io.InputStream in = java.nio.file.Files.newInputStream(source)) {
			file.create(in, IResource.NONE, progress.split(1));
		} catch (IOException e) {
			project.delete(true, null); // no half-imported project stays behind
			throw new CoreException(Status.error(NLS.bind(Messages.Projects_saveFailed, source, e.getMessage()), e));
		}
		return file;
	}

	/** @return true when the workspace holds no project yet (a first start) */
	public static boolean workspaceIsEmpty() {
		return ResourcesPlugin.getWorkspace().getRoot().getProjects().length == 0;
	}
}
