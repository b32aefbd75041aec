package io.sekisho.netmap.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import io.sekisho.model.facility.FacilityPackage;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.persistence.SekishoFiles;
import io.sekisho.model.persistence.SekishoResource;
import io.sekisho.model.persistence.SekishoResourceFactory;

/** The map in a shell of its own over one editing domain and .sekisho file, as the facility editor hosts it. */
final class TestHost implements MapHost {

	final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
	final BasicCommandStack stack = new BasicCommandStack();
	final AdapterFactoryEditingDomain domain;
	final SekishoResource resource;
	final Shell shell;
	final NetworkMapView view;
	ISelection selection = StructuredSelection.EMPTY;

	private TestHost(Path file) throws IOException {
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		domain = new AdapterFactoryEditingDomain(adapterFactory, stack);
		domain.getResourceSet().getResourceFactoryRegistry().getExtensionToFactoryMap()
				.put(SekishoResourceFactory.FILE_EXTENSION, new SekishoResourceFactory());
		domain.getResourceSet().getPackageRegistry().put(FacilityPackage.eNS_URI, FacilityPackage.eINSTANCE);
		resource = new SekishoResource(SekishoFiles.uriOf(file));
		domain.getResourceSet().getResources().add(resource);
		resource.load(Map.of());
		shell = new Shell(Display.getCurrent());
		shell.setLayout(new FillLayout());
		shell.setSize(1500, 950);
		view = new NetworkMapView(shell, this);
		shell.open();
		shell.layout(true, true);
	}

	static TestHost open(Path file) throws IOException {
		TestHost host = new TestHost(file);
		MapUi.waitUntil(() -> host.view.initialViewShown() && host.view.firstLayoutDone());
		MapUi.settle();
		return host;
	}

	/** Saves as the facility editor does: the page writes its view first (FacilityPage.aboutToSave). */
	void save() throws IOException {
		view.storeViewport();
		resource.save(Map.of());
		stack.saveIsDone();
	}

	void close() {
		shell.dispose();
		adapterFactory.dispose();
	}

	@Override
	public FacilityWorkbook facility() {
		return resource.workbook();
	}

	@Override
	public Resource resource() {
		return resource;
	}

	@Override
	public EditingDomain editingDomain() {
		return domain;
	}

	@Override
	public void execute(Command command) {
		stack.execute(command);
	}

	@Override
	public void setSelection(ISelection newSelection) {
		selection = newSelection;
	}

	@Override
	public void reveal(EObject element) {
		view.reveal(element);
	}

	@Override
	public Shell shell() {
		return shell;
	}

	@Override
	public boolean isReadOnly() {
		return false;
	}
}
