package io.sekisho.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;

import io.sekisho.catalog.DeviceCatalog;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.DeviceCategory;
import io.sekisho.model.facility.FacilityFactory;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.NetworkDeviceType;

/** Picking a model from the device catalog fills the device in one undoable command. */
class CatalogModelsTest {

	@Test
	void aPickedModelFillsTheDeviceAndOneUndoRestoresIt() {
		FacilityWorkbook workbook = FacilityFactory.eINSTANCE.createFacilityWorkbook();
		Device device = FacilityFactory.eINSTANCE.createDevice();
		device.setName("RT-01");
		workbook.getDevices().add(device);
		BasicCommandStack stack = new BasicCommandStack();
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);

		var isr = DeviceCatalog.fromPlatform().find("Cisco", "ISR 1921").orElseThrow();
		stack.execute(CatalogModels.apply(domain, device, isr));
		assertEquals("Cisco", device.getManufacturer());
		assertEquals("ISR 1921", device.getModel());
		assertEquals(DeviceCategory.NETWORK_DEVICE, device.getCategory());
		assertEquals(NetworkDeviceType.ROUTER, device.getNetworkType());
		assertEquals(LocalDate.of(2022, 12, 31), device.getEndOfSupport());
		assertTrue(stack.canUndo());

		stack.undo();
		assertNull(device.getManufacturer());
		assertNull(device.getModel());
		assertNull(device.getEndOfSupport());
		assertEquals(NetworkDeviceType.NONE, device.getNetworkType());
	}
}
