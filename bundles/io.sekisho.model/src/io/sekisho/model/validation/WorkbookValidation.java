package io.sekisho.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;

import io.sekisho.model.facility.FacilityPackage;
import io.sekisho.model.facility.FacilityWorkbook;

/**
 * Validates a workbook with EMF's structural constraints plus {@link WorkbookValidator}. Uses its own validator
 * registry, so it works the same inside and outside OSGi and does not depend on global registration.
 */
public final class WorkbookValidation {

	private final Diagnostician diagnostician;

	public WorkbookValidation() {
		EValidator.Registry registry = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
		registry.put(FacilityPackage.eINSTANCE, new WorkbookValidator());
		diagnostician = new Diagnostician(registry) {
			@Override
			public String getObjectLabel(EObject eObject) {
				return ElementPath.of(eObject);
			}
		};
	}

	/** Makes {@link WorkbookValidator} the validator of the facility package for every EMF client (editors' Validate action). */
	public static void registerGlobally() {
		EValidator.Registry.INSTANCE.put(FacilityPackage.eINSTANCE, new WorkbookValidator());
	}

	public Diagnostic diagnose(FacilityWorkbook workbook) {
		return diagnostician.validate(workbook, diagnostician.createDefaultContext());
	}

	/** @return every problem, in document order */
	public List<Problem> validate(FacilityWorkbook workbook) {
		List<Problem> problems = new ArrayList<>();
		collect(diagnose(workbook), problems);
		return problems;
	}

	private static void collect(Diagnostic diagnostic, List<Problem> into) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() != Diagnostic.OK) {
				EObject element = diagnostic.getData().isEmpty() || !(diagnostic.getData().get(0) instanceof EObject e) ? null : e;
				into.add(new Problem(diagnostic.getSeverity(), diagnostic.getCode(), diagnostic.getSource(),
						element == null ? "/" : ElementPath.of(element), diagnostic.getMessage(), element)); //$NON-NLS-1$
			}
			return;
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collect(child, into);
		}
	}
}
