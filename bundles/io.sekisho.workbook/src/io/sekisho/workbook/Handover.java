package io.sekisho.workbook;

import java.time.LocalDate;

import io.sekisho.checklist.catalog.Edition;
import io.sekisho.model.facility.FacilityWorkbook;

/**
 * What a handover workbook is about; contributors get it with {@code context.data(Handover.class)}.
 *
 * @param facility the facility model (read only: contributors never change it)
 * @param edition the checklist edition the checklist sheets follow
 * @param date the date printed on the cover
 * @param integrator who prepared the workbook (printed on the cover), or {@code null}
 */
public record Handover(FacilityWorkbook facility, Edition edition, LocalDate date, String integrator) {
}
