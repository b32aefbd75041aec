package io.sekisho.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.Test;

import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.FacilityPackage;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.provider.FacilityItemProviderAdapterFactory;

/** The .edit bundle in OSGi: its adapter factory, labels from plugin.properties, icons and property descriptors. */
class ItemProvidersTest {

	private final ComposedAdapterFactory factory = new ComposedAdapterFactory(List.of(new FacilityItemProviderAdapterFactory()));

	@Test
	void deviceLabelIconAndProperties() {
		FacilityWorkbook wb = Fixtures.smallClinic();
		Device server = Fixtures.device(wb, "電子カルテサーバ");
		IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(server, IItemLabelProvider.class);
		String text = labels.getText(server);
		assertTrue(text.endsWith("電子カルテサーバ"), text);
		assertTrue(text.length() > "電子カルテサーバ".length(), "the type name comes first: " + text);
		assertNotNull(labels.getImage(server), "icon from icons/full/obj16");

		IItemPropertySource properties = (IItemPropertySource) factory.adapt(server, IItemPropertySource.class);
		IItemPropertyDescriptor ip = properties.getPropertyDescriptor(server, FacilityPackage.Literals.DEVICE__IP_ADDRESSES);
		assertNotNull(ip);
		assertEquals(List.of("192.168.10.10"), ((org.eclipse.emf.edit.provider.ItemPropertyDescriptor.PropertyValueWrapper) ip.getPropertyValue(server))
				.getEditableValue(server));
	}

	@Test
	void passwordAssessmentHasNoPasswordProperty() {
		FacilityWorkbook wb = Fixtures.smallClinic();
		var assessment = wb.getAccounts().get(0).getPasswordAssessment();
		IItemPropertySource properties = (IItemPropertySource) factory.adapt(assessment, IItemPropertySource.class);
		for (IItemPropertyDescriptor d : properties.getPropertyDescriptors(assessment)) {
			String id = d.getId(assessment).toLowerCase(java.util.Locale.ROOT);
			assertTrue(!id.equals("password") && !id.equals("plaintext"), id);
		}
		assertTrue(FacilityPackage.eINSTANCE.getEClassifiers().stream()
				.filter(c -> c instanceof org.eclipse.emf.ecore.EClass).map(c -> (org.eclipse.emf.ecore.EClass) c)
				.flatMap(c -> c.getEStructuralFeatures().stream())
				.noneMatch(f -> f.getName().equalsIgnoreCase("password")), "no feature of the model is called password");
	}
}
