package io.sekisho.core.demo;

import io.sekisho.model.facility.FacilityWorkbook;

/**
 * Completes the demo facility after it is built, contributed through {@code io.sekisho.core.demoCompletions}: a
 * module fills its part of the demo the way it fills a real facility (the firmware register matches the shipped
 * vulnerability snapshot). Must be deterministic; a public no-argument constructor.
 */
public interface DemoCompletion {

	void complete(FacilityWorkbook demo) throws Exception;
}
